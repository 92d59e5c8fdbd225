import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_USERS, signIn } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// Editing measures in the admin area, as an editor: create with opening hours, publish and
// see it on the public site at once; two people editing the same measure; history and
// restore. The tests build on each other's measure, so they run in order.
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

/** A browser context of its own (its own session), signed in as the e2e editor. */
async function editorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, E2E_USERS.editor);
  return page;
}

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
const name = `Kveldsturer E2E ${unique}`;
const slug = `kveldsturer-e2e-${unique}`;
let editUrl = '';
// A week from today in Bergen, as the date field takes it (YYYY-MM-DD).
const closedDay = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

async function createMeasure(page: Page) {
  await page.goto('/admin/tiltak/ny');
  await page.locator('#f-name').fill(name);
  await page.locator('#f-slug').fill(slug);
  await page.locator('#f-summary').fill('Turer i nærmiljøet på kveldstid.');
  await page.locator('#f-providerId').selectOption({ label: 'ALF AS' });
  await page.locator('#f-kind').selectOption('ACTIVITY');
  await page.getByRole('checkbox', { name: 'Fana' }).check();
  await page.locator('#f-dropIn').selectOption('yes');
  await page.locator('#f-hoursStatus').selectOption('REGULAR');
  // Two windows on Monday and one past midnight on Friday: three rows.
  const row = (i: number, field: string) => page.locator(`#f-openingHours-${i}-${field}`);
  await row(0, 'weekday').selectOption('1');
  await row(0, 'opensAt').fill('10:00');
  await row(0, 'closesAt').fill('12:00');
  await row(1, 'weekday').selectOption('1');
  await row(1, 'opensAt').fill('18:00');
  await row(1, 'closesAt').fill('21:30');
  await row(2, 'weekday').selectOption('5');
  await row(2, 'opensAt').fill('22:00');
  await row(2, 'closesAt').fill('01:00');
  await row(2, 'overnight').check();
  // Closed for a day next week, and the rest the detail page shows: how to start,
  // contact and a place on the map.
  await page.locator('#f-exceptions-0-startDate').fill(closedDay);
  await page.locator('#f-exceptions-0-endDate').fill(closedDay);
  await page.locator('#f-exceptions-0-closed').check();
  await page.locator('#f-exceptions-0-note').fill('Kurs for de ansatte');
  await page.locator('#f-howToStart').fill('Møt opp ved inngangen, eller ring oss først.');
  await page.locator('#f-contactPhone').fill('55 12 34 56');
  await page.locator('#f-contactEmail').fill('turer@example.org');
  await page.locator('#f-locations-0-name').fill('Nesttun bydelshus');
  await page.locator('#f-locations-0-address').fill('Nesttunveien 88');
  await page.locator('#f-locations-0-postcode').fill('5221');
  await page.locator('#f-locations-0-city').fill('Nesttun');
  await page.locator('#f-locations-0-latitude').fill('60.3187');
  await page.locator('#f-locations-0-longitude').fill('5.3542');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Opprettet.')).toBeVisible();
  editUrl = new URL(page.url()).pathname;
}

test('an editor creates a measure with opening hours, publishes it, and the public page shows it and its edits at once', async ({ browser }) => {
  const page = await editorPage(browser);
  await page.goto('/admin/tiltak/ny');
  // A mistake first: the error summary takes focus and nothing typed is lost.
  await page.locator('#f-name').fill(name);
  await page.locator('#f-openingHours-0-weekday').selectOption('2');
  await page.locator('#f-openingHours-0-opensAt').fill('9.30');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Skjemaet har' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Kort beskrivelse/ })).toBeVisible();
  await expect(page.locator('#f-name')).toHaveValue(name);
  await expect(page.locator('#f-openingHours-0-opensAt')).toHaveValue('9.30');
  await expect(page.locator('#f-openingHours-0-opensAt')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // A search for it is made, and its answer cached, before it exists (lib/data/catalogue.ts) …
  const visitor = await (await browser.newContext()).newPage();
  const search = `/tiltak?q=${encodeURIComponent(name)}&evening=1`;
  await visitor.goto(search);
  await visitor.goto(search);
  await expect(visitor.getByRole('link', { name, exact: true })).toHaveCount(0);
  // … and its provider's page, a page kept whole in the page cache, is visited (and cached) too …
  await visitor.goto('/tilbydere/alf-as');
  await visitor.goto('/tilbydere/alf-as');
  await expect(visitor.getByRole('link', { name, exact: true })).toHaveCount(0);

  await createMeasure(page);
  await page.getByRole('button', { name: 'Publiser' }).click();
  await expect(page.getByText('Tiltaket er publisert.')).toBeVisible();

  // … and publishing refreshes it.
  await visitor.goto(search);
  await expect(visitor.getByRole('link', { name, exact: true })).toBeVisible();
  // The cached page took the tags of the reads it made: publishing dropped it with them.
  await visitor.goto('/tilbydere/alf-as');
  await expect(visitor.getByRole('link', { name, exact: true })).toBeVisible();
  await visitor.goto(`/tiltak/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(visitor.getByText('18:00–21:30')).toBeVisible();
  await expect(visitor.getByText('22:00–01:00')).toBeVisible();
  // How to get started comes first, before the hours.
  const sections = await visitor.locator('article h2').allTextContents();
  expect(sections.slice(0, 2)).toEqual(['Slik kommer du i gang', 'Åpningstider']);
  await expect(visitor.getByText('Møt opp ved inngangen, eller ring oss først.')).toBeVisible();
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Kurs for de ansatte' })).toContainText('Stengt');
  await expect(visitor.getByRole('link', { name: '55 12 34 56', exact: true })).toHaveAttribute('href', 'tel:55123456');
  await expect(visitor.getByRole('link', { name: 'turer@example.org' })).toHaveAttribute('href', 'mailto:turer@example.org');
  await expect(visitor.getByText('Nesttun bydelshus, Nesttunveien 88, 5221 Nesttun')).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Åpne i kart', exact: true })).toHaveAttribute('href', 'geo:60.3187,5.3542?q=60.3187,5.3542');
  await expect(visitor.getByRole('link', { name: 'Åpne i Apple Kart' })).toHaveAttribute('href', 'https://maps.apple.com/?ll=60.3187,5.3542&q=Nesttun%20bydelshus');

  // The page is cached now; an edit must still show on the next visit.
  await page.locator('#f-summary').fill('Nå også med turer i helgene.');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText('Nå også med turer i helgene.')).toBeVisible();
});

test('two editors save the same version: the second sees what changed and keeps what they typed', async ({ browser }) => {
  const first = await editorPage(browser);
  const second = await editorPage(browser);
  await first.goto(editUrl);
  await second.goto(editUrl);

  await first.locator('#f-summary').fill('Endret av den første.');
  await first.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(first.getByText('Endringene er lagret.')).toBeVisible();

  await second.locator('#f-referralFrom').fill('NAV-veileder');
  await second.getByRole('button', { name: 'Lagre', exact: true }).click();
  const conflict = second.getByRole('region', { name: 'Noen andre har endret tiltaket' });
  await expect(conflict).toBeVisible();
  const row = conflict.getByRole('row', { name: /Kort beskrivelse/ });
  await expect(row).toContainText('Endret av den første.');
  await expect(row).toContainText('Nå også med turer i helgene.');
  await expect(second.locator('#f-referralFrom')).toHaveValue('NAV-veileder');
  await expectNoAxeViolations(second);

  // Merge: keep the first editor's text, add one's own, and save on the new version.
  await second.locator('#f-summary').fill('Endret av den første.');
  await second.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(second.getByText('Endringene er lagret.')).toBeVisible();
  await expect(second.locator('#f-referralFrom')).toHaveValue('NAV-veileder');
  await expect(second.locator('#f-summary')).toHaveValue('Endret av den første.');
});

test('history lists each change and restores an earlier version', async ({ browser }) => {
  const page = await editorPage(browser);
  await page.goto(`${editUrl}/historikk`);
  await expect(page.getByRole('heading', { level: 1, name: `Historikk: ${name}` })).toBeVisible();
  const entries = page.getByRole('list', { name: `Historikk: ${name}` }).getByRole('listitem');
  await expect(entries.filter({ hasText: 'Opprettet av' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Status endret av' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'NAV-veileder' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await entries.filter({ hasText: 'Opprettet av' }).getByRole('button', { name: 'Gjenopprett denne versjonen' }).click();
  await expect(page.getByText('Versjonen er gjenopprettet.')).toBeVisible();
  await expect(entries.first()).toContainText('Gjenopprettet av');
  await page.goto(editUrl);
  await expect(page.locator('#f-summary')).toHaveValue('Turer i nærmiljøet på kveldstid.');
  await expect(page.locator('#f-referralFrom')).toHaveValue('');

  // A new slug: the old public address moves permanently to the new one.
  await page.locator('#f-slug').fill(`${slug}-ny`);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/tiltak/${slug}`);
  await expect(visitor).toHaveURL(new RegExp(`/tiltak/${slug}-ny$`));
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('without JavaScript, a window closing before it opens is refused until "ends the next day" is ticked, and one over 16 hours is confirmed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, E2E_USERS.editor);
  const visitor = await (await browser.newContext()).newPage();
  const publicPage = `/tiltak/${slug}-ny`;
  await visitor.goto(publicPage);
  await expect(visitor.getByText('22:00–01:00')).toBeVisible();

  // The measure has three windows; the first spare row is the fourth.
  const row = (i: number, field: string) => page.locator(`#f-openingHours-${i}-${field}`);
  const save = () => page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await page.goto(editUrl);
  await row(3, 'weekday').selectOption('6');
  await row(3, 'opensAt').fill('14:00');
  await row(3, 'closesAt').fill('12:00');
  await save();
  await expect(page.locator('#f-openingHours-3-closesAt-error')).toHaveText('Stenger før det åpner. Går tiden over midnatt, kryss av for «Slutter neste dag».');
  await expect(row(3, 'closesAt')).toHaveAttribute('aria-invalid', 'true');
  await expect(row(3, 'opensAt')).toHaveValue('14:00');
  await expect(row(3, 'closesAt')).toHaveValue('12:00');
  await expect(page.getByText('Endringene er lagret.')).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByText('14:00–12:00')).toHaveCount(0);

  // What was meant: Saturday from 14:00 until 02:00 on Sunday.
  await row(3, 'closesAt').fill('02:00');
  await row(3, 'overnight').check();
  await save();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText('14:00–02:00')).toBeVisible();

  // 17 hours on a Sunday: the form asks for a confirmation before saving.
  await page.goto(editUrl);
  await expect(row(3, 'overnight')).toBeChecked();
  await row(4, 'weekday').selectOption('7');
  await row(4, 'opensAt').fill('06:00');
  await row(4, 'closesAt').fill('23:00');
  await save();
  const confirm = page.getByRole('checkbox', { name: 'Ja, dette tilbudet er åpent over 16 timer' });
  await expect(confirm).toBeVisible();
  await expect(confirm).not.toBeChecked();
  await expect(page.locator('#f-openingHours-4-confirmLong-error')).toContainText('Åpent i over 16 timer.');
  await visitor.reload();
  await expect(visitor.getByText('06:00–23:00')).toHaveCount(0);
  await confirm.check();
  await save();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText('06:00–23:00')).toBeVisible();
  await context.close();
});

test("a provider's change waits for an editor, then goes live when approved", async ({ browser }) => {
  // The e2e provider account belongs to ALF AS, the measure's provider.
  const provider = await (await browser.newContext()).newPage();
  await signIn(provider, E2E_USERS.provider);
  await provider.goto(editUrl);
  await expect(provider.getByText('Endringene dine sendes til Fritid med bistand')).toBeVisible();
  await expect(provider.getByRole('button', { name: 'Publiser' })).toHaveCount(0);
  await provider.locator('#f-priceText').fill('Gratis kaffe og vafler');
  await provider.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(provider.getByText('Takk! Endringen er sendt')).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/tiltak/${slug}-ny`);
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(visitor.getByText('Gratis kaffe og vafler')).toHaveCount(0);

  const editor = await editorPage(browser);
  await editor.goto('/admin/endringer');
  const proposal = editor.getByRole('article', { name });
  await expect(proposal.getByRole('row', { name: /Pris/ })).toContainText('Gratis kaffe og vafler');
  await expectNoAxeViolations(editor);
  await proposal.getByRole('button', { name: 'Godkjenn og publiser' }).click();
  await expect(editor.getByText('Forslaget er godkjent og publisert.')).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByText('Gratis kaffe og vafler')).toBeVisible();

  // Archived, it leaves the public site at once (and the shared demo catalogue as it was).
  await editor.goto(editUrl);
  await editor.getByRole('button', { name: 'Arkiver' }).click();
  await expect(editor.getByText('Tiltaket er arkivert.')).toBeVisible();
  expect((await visitor.goto(`/tiltak/${slug}-ny`))?.status()).toBe(404);
});

test('an editor translates a news item: a text too long changes nothing, then the English page shows the translation', async ({ browser }) => {
  const page = await editorPage(browser);
  const title = `Nytt fra turgruppa ${unique}`;
  await page.goto('/admin/nyheter/ny');
  await page.locator('#f-title').fill(title);
  await page.locator('#f-body').fill('Turgruppa går også på søndager.');
  await page.locator('#f-status').selectOption('PUBLISHED');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Opprettet.')).toBeVisible();

  // Before any translation, the English page shows the Bokmål, marked, and caches the page.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/en/news');
  const item = visitor.getByRole('article').filter({ hasText: unique });
  await expect(item.getByRole('heading', { level: 2, name: title })).toHaveAttribute('lang', 'nb');
  await expect(item.getByText('Only available in Norwegian.')).toBeVisible();

  // Too long: refused, with the error on the field and what was typed kept; nothing saved.
  const english = page.getByRole('region', { name: 'Engelsk' });
  await expect(english.locator('#f-titleEn')).toHaveAttribute('lang', 'en');
  await english.locator('#f-titleEn').fill('x'.repeat(201));
  await english.locator('#f-bodyEn').fill('The hiking group also walks on Sundays.');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Skjemaet har' })).toBeFocused();
  await expect(page.locator('#f-titleEn')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-bodyEn')).toHaveValue('The hiking group also walks on Sundays.');
  await visitor.reload();
  await expect(item.getByRole('heading', { level: 2, name: title })).toHaveAttribute('lang', 'nb');
  await expect(item.getByText('The hiking group also walks on Sundays.')).toHaveCount(0);

  await page.locator('#f-titleEn').fill(`News from the hiking group ${unique}`);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Endringene er lagret.')).toBeVisible();
  await expect(page.locator('#f-titleEn')).toHaveValue(`News from the hiking group ${unique}`);

  await visitor.reload();
  await expect(item.getByRole('heading', { level: 2, name: `News from the hiking group ${unique}` })).not.toHaveAttribute('lang');
  await expect(item.getByText('The hiking group also walks on Sundays.')).toBeVisible();
  await expect(item.locator('[lang="nb"]')).toHaveCount(0);
  await expect(item.getByText('Only available in Norwegian.')).toHaveCount(0);
  // Nynorsk is still untranslated: Bokmål, marked.
  await visitor.goto('/nn/nyheiter');
  await expect(visitor.getByRole('article').filter({ hasText: unique }).getByRole('heading', { level: 2, name: title })).toHaveAttribute('lang', 'nb');
  await expectNoAxeViolations(page);
});
