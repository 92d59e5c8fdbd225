import { devices, expect, test, type Page } from '@playwright/test';
import nb from '../../messages/nb.json';
import { expectNoAxeViolations } from './helpers/axe';
import { card, openCatalogue, resultTitles } from './helpers/catalogue';

// "Min liste": built by following links (no JavaScript, no cookies), carried in the URL,
// opened from a shared link on a phone, printed as a handout with a private note.

const t = nb.MyList;
const listItems = (page: Page) => page.locator('main ol > li');
const itemTitles = async (page: Page) =>
  (await listItems(page).locator('h2 a').allTextContents()).map((s) => s.trim());

/** Five measures, four from the catalogue and one from a measure page, all by plain links. */
async function buildListWithoutJavaScript(page: Page): Promise<string[]> {
  await openCatalogue(page);
  const titles = (await resultTitles(page)).slice(0, 5);
  for (const title of titles.slice(0, 4)) {
    await card(page, title).getByRole('link', { name: `${t.add} – ${title}` }).click();
    await expect(card(page, title).getByRole('link', { name: `${t.remove} – ${title}` })).toBeVisible();
  }
  expect(new URL(page.url()).searchParams.get('list')?.split(',')).toHaveLength(4);
  await expect(page.getByText('Min liste har 4 tiltak.')).toBeVisible();

  // The fifth from its own page: the card's link carries the list there.
  await card(page, titles[4]!).getByRole('link', { name: titles[4]!, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: titles[4]! })).toBeVisible();
  await page.getByRole('link', { name: t.add }).click();
  await expect(page.getByText(t.inList)).toBeVisible();
  await page.getByRole('link', { name: 'Se Min liste (5)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
  return titles;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // A dozen full page loads each, on a shared and sometimes slow test machine.
  test.describe.configure({ timeout: 120_000 });

  test('build a list of five by following links, then share it to a phone', async ({ page, browser, context }) => {
    const titles = await buildListWithoutJavaScript(page);
    await expect.poll(() => itemTitles(page)).toEqual(titles);
    await expect(page.getByText(t.printHint)).toBeVisible();

    const shared = new URL(await page.getByRole('textbox', { name: t.urlLabel }).inputValue());
    expect(shared.searchParams.get('list')?.split(',')).toHaveLength(5);
    const sms = await page.getByRole('link', { name: t.sms }).getAttribute('href');
    expect(sms).toMatch(/^sms:\?&body=/);
    expect(decodeURIComponent(sms!.slice('sms:?&body='.length))).toContain(shared.toString());
    await expect(page.getByRole('img', { name: t.listQr })).toBeVisible();

    // A fresh phone, as if the link came by SMS: the same list, nothing stored anywhere.
    const phone = await browser.newContext({ ...devices['Pixel 5'], baseURL: new URL(page.url()).origin });
    const phonePage = await phone.newPage();
    await phonePage.goto(`${shared.pathname}${shared.search}`);
    expect(await itemTitles(phonePage)).toEqual(titles);
    expect(await phone.cookies()).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await phone.close();
  });

  test('move and remove items by links', async ({ page }) => {
    await openCatalogue(page);
    const [a, b, c] = await resultTitles(page);
    for (const title of [a!, b!, c!]) await card(page, title).getByRole('link', { name: `${t.add} – ${title}` }).click();
    await page.getByRole('link', { name: t.openList }).click();
    await expect.poll(() => itemTitles(page)).toEqual([a, b, c]);
    await page.getByRole('link', { name: `${t.moveUp} – ${c}` }).click();
    await expect.poll(() => itemTitles(page)).toEqual([a, c, b]);
    await page.getByRole('link', { name: `${t.removeItem} – ${a}` }).click();
    await expect.poll(() => itemTitles(page)).toEqual([c, b]);
    // "Add more" goes back to the catalogue with the list.
    await page.getByRole('link', { name: t.addMore }).click();
    await expect(card(page, c!).getByRole('link', { name: `${t.remove} – ${c}` })).toBeVisible();
  });

  test('the printout shows the typed note from the textarea itself', async ({ page }) => {
    await page.goto('/min-liste?list=fritid-med-bistand');
    await page.getByRole('textbox', { name: t.noteLabel }).fill('Møt opp tirsdag');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('textarea')).toBeVisible();
    await expect(page.locator('textarea')).toHaveValue('Møt opp tirsdag');
  });
});

test('unknown and malformed entries are left out, and the page says so', async ({ page }) => {
  const response = await page.goto('/min-liste?list=fritid-med-bistand,finnes-ikke-lenger,%3Cb%3E');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Ett tiltak i lenken finnes ikke lenger')).toBeVisible();
  await expect(page.getByText(t.invalid)).toBeVisible();
  expect(await itemTitles(page)).toHaveLength(1);
  const shared = new URL(await page.getByRole('textbox', { name: t.urlLabel }).inputValue());
  expect(shared.searchParams.get('list')).toBe('fritid-med-bistand');
});

test('the measure page starts a list without one, and with one keeps the rest', async ({ page }) => {
  await page.goto('/tiltak/fritid-med-bistand');
  await expect(page.getByRole('link', { name: t.add })).toHaveAttribute('href', '/tiltak/fritid-med-bistand?list=fritid-med-bistand');
  const withList = await page.goto('/tiltak/fritid-med-bistand?list=tidlig-ute');
  // A visitor's list is private: never kept by a shared cache.
  expect(withList?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByRole('link', { name: t.add })).toHaveAttribute('href', '/tiltak/fritid-med-bistand?list=tidlig-ute%2Cfritid-med-bistand');
  await expect(page.getByRole('link', { name: 'Se Min liste (1)' })).toBeVisible();
});

test('print: header hidden, a QR code per measure, and the note printed but never sent', async ({ page }) => {
  const note = `Notat-${Date.now()} ring Kari`;
  const sent: string[] = [];
  page.on('request', (req) => sent.push(`${req.url()} ${req.postData() ?? ''} ${JSON.stringify(req.headers())}`));
  await page.goto('/min-liste?list=fritid-med-bistand,tidlig-ute');
  await expect(page.getByRole('button', { name: t.print })).toBeVisible();
  await page.getByRole('textbox', { name: t.noteLabel }).fill(note);
  await page.getByRole('textbox', { name: t.noteLabel }).press('Enter');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.getByRole('region', { name: t.shareHeading })).toBeHidden();
  await expect(listItems(page)).toHaveCount(2);
  for (const item of await listItems(page).all()) {
    const name = (await item.locator('h2 a').textContent())!.trim();
    await expect(item.getByRole('img', { name: `QR-kode med lenke til siden om ${name}` })).toBeVisible();
  }
  await expect(page.getByText(note)).toBeVisible();
  await expect(page.locator('textarea')).toBeHidden();

  // Leaving the page (a link that changes the list) sends nothing of it either.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: new RegExp(`^${t.moveDown}`) }).click();
  await expect(listItems(page)).toHaveCount(2);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.filter((s) => s.includes('Notat-') || s.includes(encodeURIComponent(note)))).toEqual([]);
});

test('the list page in the other languages', async ({ page }) => {
  await page.goto('/nn/mi-liste?list=fritid-med-bistand');
  await expect(page.getByRole('heading', { level: 1, name: 'Mi liste' })).toBeVisible();
  await page.goto('/en/my-list');
  await expect(page.getByRole('heading', { level: 1, name: 'My list' })).toBeVisible();
  await expect(page.getByText('The list is empty.')).toBeVisible();
});

for (const [name, path] of [
  ['empty', '/min-liste'],
  ['with items', '/min-liste?list=fritid-med-bistand,tidlig-ute,finnes-ikke'],
  ['on a measure page with a list', '/tiltak/fritid-med-bistand?list=fritid-med-bistand'],
] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the list ${name} at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    expect((await page.goto(path))?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}
