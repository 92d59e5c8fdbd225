import { expect, test } from '@playwright/test';
import { E2E_USERS, signIn } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// The dashboard's completeness picture, as an editor: the figures, the measures missing
// most, and one click to the first missing field of one of them, with and without JavaScript.
test.setTimeout(120_000);

test('the dashboard shows completeness and opens a measure at its first missing field', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, E2E_USERS.editor);
  await page.goto('/admin');

  const section = page.getByRole('region', { name: 'Fullstendighet og bekreftelse' });
  await expect(section).toBeVisible();
  await expect(section.getByTestId('figure-completeness')).toHaveText(/^\d{1,3}\s?%$/);
  // The demo data has never been confirmed: that stays part of the picture.
  await expect(section.getByTestId('figure-never-confirmed')).toHaveText(/^\d+$/);
  await expect(section.getByText(/Bekreftet de siste \d+ månedene/)).toBeVisible();

  const items = section.getByTestId('completeness-item');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(20);
  const first = items.first();
  await expect(first).toContainText(/Mangler \d+ opplysning/);
  await expect(first).toContainText(/e-post for bekreftelser/);

  await expectNoAxeViolations(page);

  const link = first.getByRole('link');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/admin\/tiltak\/[0-9a-f-]{36}#f-[A-Za-z0-9-]+$/);
  const fieldId = href.split('#')[1]!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/admin/tiltak/[0-9a-f-]{36}#${fieldId}$`));
  const field = page.locator(`#${fieldId}`);
  await expect(field).toBeInViewport();
  // The cursor is in the field (or the first control of a group such as the districts).
  const focusedInside = await page.evaluate((id) => {
    const target = document.getElementById(id);
    return !!target && (document.activeElement === target || target.contains(document.activeElement));
  }, fieldId);
  expect(focusedInside).toBe(true);

  // Without JavaScript the browser itself scrolls to the field.
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
  const plain = await noJs.newPage();
  await plain.goto(href);
  await expect(plain.locator(`#${fieldId}`)).toBeInViewport();
  await noJs.close();
  await context.close();
});
