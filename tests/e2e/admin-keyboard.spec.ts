import { expect, test, type Page } from '@playwright/test';
import { E2E_PASSWORD, E2E_USERS, useOwnClientAddress } from './helpers/admin';
import { currentStop, recordUnfocusedLook, tabTo } from './helpers/keyboard';

// Issue 4 asks for an admin area that can be used with the keyboard alone: signing in and
// the measure form, every field group, the opening-hours rows and saving, with focus always
// visible and never trapped. An editor (no two-step sign-in) does it here; nothing is saved:
// the form is sent back with an error, which also shows where focus goes then.

/**
 * The e2e server ends sessions after one idle minute (playwright.config.ts), less than a
 * slow machine needs to Tab through the whole form: a page load in the background keeps
 * the session going, as any real minute of work in the admin area would.
 */
async function keepSessionAlive(page: Page) {
  expect((await page.request.get('/admin', { headers: { 'sec-fetch-dest': 'document' } })).ok()).toBe(true);
}

test('keyboard only: sign in, walk the whole measure form, add hours rows, submit', async ({ page }) => {
  test.setTimeout(120_000);
  await useOwnClientAddress(page);
  await page.goto('/admin/logg-inn');
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.id === 'f-email');
  await page.keyboard.type(E2E_USERS.editor.email);
  await tabTo(page, (s) => s.id === 'f-password', { max: 3 });
  await page.keyboard.type(E2E_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });

  // Through the admin menu to the list of measures, and into one with opening hours.
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.tag === 'a' && s.name === 'Tiltak' && s.href.endsWith('/admin/tiltak'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/tiltak$/);
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.id === 'admin-q');
  await page.keyboard.type('Fritid med bistand');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]q=Fritid/);
  await recordUnfocusedLook(page);
  await tabTo(page, (s) => s.tag === 'a' && s.name === 'Fritid med bistand', { max: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/tiltak\/[^/]+$/);
  await recordUnfocusedLook(page);

  // Empty the name, so that saving comes back with an error instead of changing the data.
  const toName = await tabTo(page, (s) => s.tag === 'input' && s.section === 'basics-heading');
  const name = toName.at(-1)!;
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');

  // On to the opening hours: an existing row's "remove" control, then "add more rows".
  const toHours = await tabTo(page, (s) => s.tag === 'button' && s.section === 'hours-heading' && s.name === 'Legg til flere rader', { max: 400 });
  expect(toHours.some((s) => s.type === 'checkbox' && /^Fjern rad \d+$/.test(s.name) && s.section === 'hours-heading')).toBe(true);
  const rows = page.getByRole('group', { name: /^Ukentlige åpningstider, rad \d+$/ });
  const before = await rows.count();
  const button = await currentStop(page);
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(before + 3);
  expect((await currentStop(page))?.key, 'focus stays on the button').toBe(button?.key);
  await recordUnfocusedLook(page);
  await keepSessionAlive(page);

  // Every field group on the way to the save button.
  const toSave = await tabTo(page, (s) => s.tag === 'button' && s.name === 'Lagre', { max: 600 });
  const sections = new Set([...toName, ...toHours, ...toSave].map((s) => s.section).filter(Boolean));
  for (const id of ['basics', 'audience', 'entry', 'contact', 'hours', 'places', 'source']) expect(sections).toContain(`${id}-heading`);
  expect([...sections].filter((s) => s.startsWith('translation-')).length).toBeGreaterThan(0);

  // Saving without a name: focus goes to the error summary, whose link leads to the field.
  await keepSessionAlive(page);
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
  await expect(summary).toBeFocused({ timeout: 15_000 });
  await recordUnfocusedLook(page);
  const [link] = await tabTo(page, () => true);
  expect(link!.tag).toBe('a');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(name.id);
});
