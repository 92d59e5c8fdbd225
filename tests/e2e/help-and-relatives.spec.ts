import { expect, test, type Page } from '@playwright/test';
import { E2E_USERS, signIn } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// "Trenger du hjelp nå?" on the public pages and edited in the admin area, and the page for
// relatives with its offers, the planned one last. Without JavaScript where a visitor
// could be without it.

const helpBlock = (page: Page, heading = 'Trenger du hjelp nå?') => page.getByRole('complementary', { name: heading });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/', '/tiltak?district=arna', '/for-parorende', '/tiltak/arna-aktiv']) {
    test(`the help block on ${path} calls 113 and the legevakt 116 117, and marks the demo contact`, async ({ page }) => {
      await page.goto(path);
      const block = helpBlock(page);
      await expect(block).toBeVisible();
      await expect(block.getByRole('heading', { level: 2 })).toHaveText('Trenger du hjelp nå?');
      await expect(block.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
      await expect(block.getByRole('link', { name: '116 117', exact: true })).toHaveAttribute('href', 'tel:116117');
      const fritid = block.getByRole('listitem').filter({ hasText: 'Fritid med bistand' });
      await expect(fritid.getByRole('link')).toHaveAttribute('href', '/tiltak/fritid-med-bistand');
      await expect(fritid).toContainText('Demodata – må bekreftes');
      // Only the contact not taken from the plans is marked.
      await expect(block.getByText('Demodata – må bekreftes')).toHaveCount(1);
    });
  }

  test('the relatives page is reached from the home page and lists the offers for relatives, the planned one last and labelled', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Les mer for pårørende' }).click();
    await expect(page).toHaveURL(/\/for-parorende$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For pårørende');
    await expect(page.getByText('Alle pårørende har alltid rett på generell veiledning.')).toBeVisible();

    const offers = page.getByRole('region', { name: 'Tilbud til pårørende' }).getByRole('listitem');
    const names = (await offers.getByRole('heading', { level: 3 }).allTextContents()).map((n) => n.trim());
    expect(names).toEqual(expect.arrayContaining(['Veiledning for pårørende', 'Opplæring i nalokson nesespray']));
    expect(names.at(-1)).toBe('Bergen Recoveryskole Planlagt');
    await expect(offers.last().getByText('Planlagt', { exact: true })).toBeVisible();
    // The others are running: no label on them.
    await expect(page.getByRole('region', { name: 'Tilbud til pårørende' }).getByText('Planlagt', { exact: true })).toHaveCount(1);
    await expect(helpBlock(page)).toBeVisible();

    // The detail page's heading says so too.
    await offers.last().getByRole('link', { name: 'Bergen Recoveryskole' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bergen Recoveryskole');
    await expect(page.getByRole('heading', { level: 1 }).getByText('Planlagt', { exact: true })).toBeVisible();
  });

  test('the relatives page in Nynorsk and English', async ({ page }) => {
    await page.goto('/nn/for-parorande');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For pårørande');
    await expect(page.getByRole('region', { name: 'Tilbod til pårørande' }).getByText('Planlagd', { exact: true })).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: /Treng du hjelp/ })).toBeVisible();
    await page.goto('/en/for-relatives');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For relatives');
    await expect(page.getByRole('complementary', { name: 'Need help now?' }).getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
  });
});

for (const width of [320, 1280]) {
  test(`axe finds nothing on the relatives page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/for-parorende');
    await expectNoAxeViolations(page);
  });
}

test('an editor changes the Nynorsk help text, and the Nynorsk pages show it at once while Bokmål keeps its own', async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, E2E_USERS.editor);
  await editor.goto('/admin/hjelp');
  await editor.getByRole('main').getByRole('link', { name: 'Nynorsk', exact: true }).click();
  await expect(editor.locator('#f-heading')).toHaveValue('Treng du hjelp no?');
  // A page cached before the edit must not be served after it.
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto('/nn');
  await expect(helpBlock(visitor, 'Treng du hjelp no?')).toBeVisible();

  const heading = `Treng du hjelp no? (${Date.now().toString(36)})`;
  await editor.locator('#f-heading').fill(heading);
  await editor.locator('#f-intro').fill('Ring 113 når det hastar.');
  await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(editor.getByText('Endringene er lagret.')).toBeVisible();
  // The history keeps what it said before.
  await expect(editor.getByRole('region', { name: 'Endringer' })).toContainText('Treng du hjelp no?');

  for (const path of ['/nn', '/nn/for-parorande', '/nn/tiltak/arna-aktiv']) {
    await visitor.goto(path);
    const block = helpBlock(visitor, heading);
    await expect(block, path).toBeVisible();
    await expect(block).toContainText('Ring 113 når det hastar.');
    await expect(block.getByRole('link', { name: '116 117', exact: true })).toHaveAttribute('href', 'tel:116117');
  }
  await visitor.goto('/');
  await expect(helpBlock(visitor)).toBeVisible();

  // A number that cannot be dialled is refused, and the pages keep the saved text.
  await editor.locator('#f-entries-0-phone').fill('ring 113');
  await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(editor.getByText('Skriv et telefonnummer med bare sifre og mellomrom, for eksempel 116 117.').first()).toBeVisible();
  await visitor.goto('/nn');
  await expect(helpBlock(visitor, heading).getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
});
