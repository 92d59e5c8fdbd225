import { expect, test, type Locator, type Page } from '@playwright/test';
import nb from '../../messages/nb.json';
import { activityMeasures } from '../../prisma/seed-data/measures-activity';
import {
  allResultTitles,
  card,
  exactCards,
  expectedOpeningLine,
  possibleSection,
  openCatalogue,
  PAGE_SIZE,
  resultCards,
  resultCount,
  resultTitles,
  statusRegion,
  tierCounts,
} from './helpers/catalogue';

// The catalogue on the seeded demo data (38 real measures from Bergen's plans). Every
// expectation names measures whose facts are in prisma/seed-data, so a broken filter,
// search or link fails here with the measure that went missing or slipped in.

const TOTAL = 38;

async function submitFilters(page: Page) {
  await page.getByRole('button', { name: 'Vis treff' }).click();
  await expect(statusRegion(page)).toBeVisible();
}

/** The "when and for whom" check boxes. */
function toggle(page: Page, label: string) {
  return page.getByRole('group', { name: 'Når og for hvem' }).getByRole('checkbox', { name: label });
}

/** A card's line on its opening hours ("● Åpent nå …"); cards with unknown hours have none. */
const openingLine = (c: Locator) => c.locator('p').filter({ hasText: /^\s*[●○]/ });

/** The opening lines of the cards on the page. */
async function openingLines(page: Page): Promise<string[]> {
  return (await openingLine(resultCards(page)).allTextContents()).map((t) => t.trim());
}

/** On a phone the filters wait behind "Filtrer"; on a wide screen they stand open already. */
async function openFilters(page: Page) {
  const summary = page.locator('form[role="search"] details > summary');
  if (await summary.isVisible()) await summary.click();
}

test.describe('search', () => {
  test('"trening" finds training words in names and texts, e.g. treningsgruppe in Fritid med bistand', async ({ page }) => {
    await openCatalogue(page);
    await page.getByRole('searchbox', { name: 'Søk etter tiltak' }).fill('trening');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=trening(&|$)/);
    await expect(statusRegion(page)).toHaveText(/^\d+ treff for «trening»$/);
    const titles = await resultTitles(page);
    // Title match, text match ("Trening og arbeidsoppgaver"), compound match ("treningsgruppe", "trene").
    for (const name of ['Arbeidsforberedende trening (AFT)', 'Arna Aktiv', 'Fritid med bistand', 'Gatelaget Brann']) {
      expect(titles, name).toContain(name);
    }
    for (const name of ['Opplæring i nalokson nesespray', 'Gynekologisk undersøkelse og prevensjon for kvinner i LAR']) {
      expect(titles, name).not.toContain(name);
    }
    expect(await resultCount(page)).toBeLessThan(TOTAL);
    await expect(page.getByRole('searchbox', { name: 'Søk etter tiltak' })).toHaveValue('trening');
  });

  test('a search from the form ranks best matches first, exactly like a shared search link', async ({ page }) => {
    await openCatalogue(page, { q: 'trening' });
    const linked = await resultTitles(page);
    expect(linked[0]).toBe('Arbeidsforberedende trening (AFT)');
    await openCatalogue(page);
    await page.getByRole('searchbox', { name: 'Søk etter tiltak' }).fill('trening');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(statusRegion(page)).toContainText('trening');
    expect(await resultTitles(page)).toEqual(linked);
    await expect(page.getByRole('combobox', { name: 'Sorter etter' }).locator('option:checked')).toHaveText('Beste treff');
  });

  for (const typo of ['fotbal', 'fotbll']) {
    test(`the misspelling "${typo}" still finds Gatelaget Brann (fotball)`, async ({ page }) => {
      await openCatalogue(page, { q: typo });
      await expect(statusRegion(page)).toHaveText(new RegExp(`^\\d+ treff for «${typo}»$`));
      expect((await resultTitles(page))[0]).toBe('Gatelaget Brann');
    });
  }

  test('a word that matches nothing says so, and links to the whole catalogue', async ({ page }) => {
    await openCatalogue(page, { q: 'xylofonkvartett' });
    await expect(statusRegion(page)).toHaveText('Ingen treff for «xylofonkvartett»');
    await expect(resultCards(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Se alle tiltak', exact: true }).click();
    await expect(page).toHaveURL(/\/tiltak$/);
    expect(await resultCount(page)).toBe(TOTAL);
  });
});

test.describe('filters', () => {
  test('a district shows its own measures plus every citywide one, and nothing from other districts', async ({ page }) => {
    await openCatalogue(page);
    await openFilters(page);
    await page.getByRole('group', { name: 'Bydel' }).getByRole('checkbox', { name: 'Fana' }).check();
    await submitFilters(page);
    await expect(page).toHaveURL(/[?&]district=fana(&|$)/);
    const titles = await resultTitles(page);
    expect(titles).toContain('MO-senteret Nesttun'); // in Fana
    expect(titles).toContain('Fritid med bistand'); // citywide, no district of its own
    expect(titles).toContain('Gatelaget Brann'); // citywide, based in Årstad
    expect(titles).toContain('Arna Aktiv'); // citywide, based in Arna
    expect(titles).not.toContain('MO-senteret Wergeland');
    expect(titles).not.toContain('MO-senteret Eidsvåg');
    // Every exact match says why it is here: the district, or the whole city; the others
    // may fit because they give no district at all.
    for (const places of await exactCards(page).locator('h3 + p').allTextContents()) {
      expect(places).toMatch(/Fana|Hele byen/);
    }
    await expect(possibleSection(page).locator('article').first()).toContainText('Bydel er ikke oppgitt');
    await expect(page.getByRole('checkbox', { name: 'Fana' })).toBeChecked();

    await openCatalogue(page, { district: 'arna' });
    const arna = await resultTitles(page);
    expect(arna).toContain('Arna Aktiv');
    expect(arna).toContain('Fritid med bistand');
    expect(arna).not.toContain('MO-senteret Nesttun');
  });

  test('age: Tidlig Ute (15–25) is there for 15, 20 and 25, not for 14, 26 or 40', async ({ page }) => {
    await openCatalogue(page);
    await openFilters(page);
    await page.getByRole('spinbutton', { name: 'Alder' }).fill('20');
    await submitFilters(page);
    await expect(page).toHaveURL(/[?&]age=20(&|$)/);
    expect(await resultTitles(page)).toContain('Tidlig Ute');
    await expect(page.getByRole('spinbutton', { name: 'Alder' })).toHaveValue('20');
    for (const age of ['15', '25']) {
      await openCatalogue(page, { age });
      expect(await resultTitles(page), `age ${age}`).toContain('Tidlig Ute');
    }
    for (const age of ['14', '26', '40']) {
      await openCatalogue(page, { age });
      expect(await resultTitles(page), `age ${age}`).not.toContain('Tidlig Ute');
    }
  });

  const toggles = [
    { label: nb.Catalogue.toggle.evening, param: 'evening', has: 'Musikktilbud med musikkterapeut', hasNot: 'Dagsverket' },
    { label: 'Åpent i helgen', param: 'weekend', has: 'Kreative verksteder ved MO-sentrene', hasNot: 'Dagsverket' },
    { label: 'For pårørende', param: 'relatives', has: 'Veiledning for pårørende', hasNot: 'Gatelaget Brann' },
    { label: 'For unge', param: 'youth', has: 'Tidlig Ute', hasNot: 'Gatelaget Brann' },
  ];
  for (const t of toggles) {
    test(`"${t.label}" narrows the results (keeps ${t.has}, drops ${t.hasNot})`, async ({ page }) => {
      await openCatalogue(page);
      await expect(statusRegion(page)).toHaveText(`${TOTAL} treff`);
      await toggle(page, t.label).check();
      await submitFilters(page);
      await expect(page).toHaveURL(new RegExp(`[?&]${t.param}=1(&|$)`));
      const count = await resultCount(page);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(TOTAL);
      const titles = await allResultTitles(page);
      expect(titles).toHaveLength(count);
      expect(titles).toContain(t.has);
      expect(titles).not.toContain(t.hasNot);
      await expect(toggle(page, t.label)).toBeChecked();
      await expect(page.getByRole('link', { name: `Fjern filter: ${t.label}` })).toBeVisible();
    });
  }

  test('filters combine: district, evening and weekend together leave fewer than each alone', async ({ page }) => {
    const counts: number[] = [];
    for (const params of ['district=arna', 'district=arna&evening=1', 'district=arna&evening=1&weekend=1']) {
      await openCatalogue(page, params);
      counts.push(await resultCount(page));
    }
    expect(counts[1]).toBeLessThan(counts[0]!);
    expect(counts[2]).toBeLessThanOrEqual(counts[1]!);
    expect(counts[2]).toBeGreaterThan(0);
    expect(await resultTitles(page)).toContain('Fritid med bistand'); // citywide, Tuesday evenings and Saturdays
  });
});

test.describe('order and pages', () => {
  test('sorting by name orders all results alphabetically across both pages', async ({ page }) => {
    await openCatalogue(page);
    await expect(page.getByRole('combobox', { name: 'Sorter etter' }).locator('option:checked')).toHaveText('Navn');
    const all = await allResultTitles(page);
    expect(all).toHaveLength(TOTAL);
    // Planned measures come last, after every running one; each part is in name order.
    const isPlanned = (title: string) => title.endsWith(`(${nb.Catalogue.card.planned})`);
    const firstPlanned = all.findIndex(isPlanned);
    expect(firstPlanned).toBeGreaterThan(0);
    expect(all.slice(firstPlanned).every(isPlanned)).toBe(true);
    const collator = new Intl.Collator('nb');
    // Accept the database's byte order or Norwegian collation; they differ only on punctuation.
    const inOrder = (a: string, b: string) => a.toLowerCase() <= b.toLowerCase() || collator.compare(a, b) <= 0;
    for (const titles of [all.slice(0, firstPlanned), all.slice(firstPlanned)]) {
      for (let i = 1; i < titles.length; i++) expect(inOrder(titles[i - 1]!, titles[i]!), `${titles[i - 1]} before ${titles[i]}`).toBe(true);
    }
  });

  test('sorting by last updated reorders the same set of measures, and the choice stays in the links', async ({ page }) => {
    await openCatalogue(page);
    const byName = await resultTitles(page);
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Sist oppdatert' });
    await submitFilters(page);
    await expect(page).toHaveURL(/[?&]sort=updated(&|$)/);
    await expect(page.getByRole('combobox', { name: 'Sorter etter' }).locator('option:checked')).toHaveText('Sist oppdatert');
    const firstPage = await resultTitles(page);
    expect(firstPage).toHaveLength(PAGE_SIZE);
    expect(firstPage).not.toEqual(byName);
    const next = page.getByRole('link', { name: /Neste/ });
    await expect(next).toHaveAttribute('href', /sort=updated/);
    const all = await allResultTitles(page);
    await openCatalogue(page);
    expect([...all].sort()).toEqual([...(await allResultTitles(page))].sort());
  });

  test('paging uses real links: page 2 has the rest, and "Forrige"/"Neste" move between them', async ({ page }) => {
    await openCatalogue(page);
    const pager = page.getByRole('navigation', { name: 'Sider' });
    await expect(pager).toContainText('Side 1 av 2');
    await expect(pager.getByRole('link', { name: /Forrige/ })).toHaveCount(0);
    const first = await resultTitles(page);
    expect(first).toHaveLength(PAGE_SIZE);
    await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: first[0]! })).toBeVisible();

    const next = pager.getByRole('link', { name: /Neste/ });
    await expect(next).toHaveAttribute('href', /\/tiltak\?page=2$/);
    await next.click();
    await expect(page).toHaveURL(/\/tiltak\?page=2$/);
    await expect(pager).toContainText('Side 2 av 2');
    const second = await resultTitles(page);
    expect(second).toHaveLength(TOTAL - PAGE_SIZE);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await expect(statusRegion(page)).toHaveText(`${TOTAL} treff`);
    await expect(pager.getByRole('link', { name: /Neste/ })).toHaveCount(0);

    await pager.getByRole('link', { name: /Forrige/ }).click();
    await expect(page).toHaveURL(/\/tiltak$/);
    expect(await resultTitles(page)).toEqual(first);
  });

  test('a page past the end shows the last page and says the page number was ignored', async ({ page }) => {
    await openCatalogue(page, { page: '9' });
    expect(await resultCount(page)).toBe(TOTAL);
    await expect(resultCards(page)).toHaveCount(TOTAL - PAGE_SIZE);
    await expect(page.getByText('Noe i lenken var ugyldig og ble ignorert: page.')).toBeVisible();
    const pager = page.getByRole('navigation', { name: 'Sider' });
    await expect(pager).toContainText('Side 2 av 2');
    await expect(pager.getByRole('link', { name: /Forrige/ })).toHaveAttribute('href', '/tiltak');
  });
});

test.describe('the whole state is in the URL', () => {
  test('reload and Back restore words, filters, sort and page', async ({ page }) => {
    await openCatalogue(page);
    await page.getByRole('searchbox', { name: 'Søk etter tiltak' }).fill('arbeid');
    await openFilters(page);
    await page.getByRole('group', { name: 'Type tilbud' }).getByRole('checkbox', { name: 'Arbeidsrettet tiltak' }).check();
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Sist oppdatert' });
    await submitFilters(page);
    const filteredUrl = page.url();
    expect(new URL(filteredUrl).searchParams.get('q')).toBe('arbeid');
    expect(new URL(filteredUrl).searchParams.get('sort')).toBe('updated');
    expect(new URL(filteredUrl).searchParams.getAll('kind')).toEqual(['work']);
    const status = await statusRegion(page).textContent();
    const titles = await resultTitles(page);
    expect(titles.length).toBeGreaterThan(0);

    const expectRestored = async () => {
      await expect(page.getByRole('searchbox', { name: 'Søk etter tiltak' })).toHaveValue('arbeid');
      await expect(page.getByRole('group', { name: 'Type tilbud' }).getByRole('checkbox', { name: 'Arbeidsrettet tiltak' })).toBeChecked();
      await expect(page.getByRole('combobox', { name: 'Sorter etter' }).locator('option:checked')).toHaveText('Sist oppdatert');
      await expect(statusRegion(page)).toHaveText(status!);
      expect(await resultTitles(page)).toEqual(titles);
    };
    await page.reload();
    await expectRestored();

    // Leave for a measure and come back.
    await resultCards(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[0]!);
    await page.goBack();
    await expect(page).toHaveURL(filteredUrl);
    await expectRestored();

    // Back once more: the unfiltered catalogue as it was.
    await page.goBack();
    await expect(page).toHaveURL(/\/tiltak$/);
    await expect(statusRegion(page)).toHaveText(`${TOTAL} treff`);
    expect(await resultTitles(page)).toHaveLength(PAGE_SIZE);
  });

  test('a shared link opens with its filters shown as checked and as removable filters', async ({ page }) => {
    await openCatalogue(page, 'q=fotball&district=arstad&youth=1&age=30&sort=name&page=1');
    await expect(page.getByRole('searchbox', { name: 'Søk etter tiltak' })).toHaveValue('fotball');
    await expect(page.getByRole('checkbox', { name: 'Årstad' })).toBeChecked();
    await expect(toggle(page, 'For unge')).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: 'Alder' })).toHaveValue('30');
    // Nothing fits all of them, so each is offered for removal with what that would give.
    await expect(statusRegion(page)).toHaveText('Ingen treff for «fotball»');
    for (const label of ['Årstad', 'For unge', 'Alder: 30 år']) {
      await expect(page.getByRole('link', { name: new RegExp(`^Fjern «${label}» – (ingen|\\d+) treff$`) })).toBeVisible();
    }
  });
});

test('"For pårørende" is one choice: an old link with both the kind and the toggle shows one filter', async ({ page }) => {
  await openCatalogue(page, 'kind=for_relatives&relatives=1');
  await expect(page.getByRole('link', { name: /^Fjern filter: / })).toHaveCount(1);
  await page.getByRole('link', { name: 'Fjern filter: For pårørende', exact: true }).click();
  await expect(page).toHaveURL(/\/tiltak$/);
});

test.describe('no results', () => {
  test('offers to drop each active filter, saying how many results that gives, and each link keeps its word', async ({ page }) => {
    const params = 'relatives=1&youth=1';
    await openCatalogue(page, params);
    await expect(statusRegion(page)).toHaveText('Ingen treff');
    await expect(page.getByText('Vi fant ingen tiltak som passer.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Prøv å fjerne et filter:' })).toBeVisible();
    for (const [param, kept] of [['relatives', 'youth=1'], ['youth', 'relatives=1']] as const) {
      await openCatalogue(page, params);
      const label = nb.Catalogue.toggle[param];
      const link = page.getByRole('link', { name: new RegExp(`^Fjern «${label}» – \\d+ treff$`) });
      const promised = Number((await link.textContent())!.match(/(\d+) treff$/)![1]);
      expect(promised, `without ${label}`).toBeGreaterThan(0);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/tiltak\\?${kept}$`));
      expect(await resultCount(page), `without ${label}`).toBe(promised);
      await expect(resultCards(page).first()).toBeVisible();
    }
  });

  test('dropping a filter keeps the search words', async ({ page }) => {
    await openCatalogue(page, { q: 'fotball', evening: '1' });
    await expect(statusRegion(page)).toHaveText('Ingen treff for «fotball»');
    await page.getByRole('link', { name: `Fjern «${nb.Catalogue.toggle.evening}» – 1 treff` }).click();
    await expect(page).toHaveURL(/\/tiltak\?q=fotball$/);
    expect(await resultTitles(page)).toContain('Gatelaget Brann');
  });
});

test.describe('two tiers: exact matches, then those that may fit', () => {
  test('age 24 + men + no referral: no exact match, but measures that may fit, each naming what is not given', async ({ page }) => {
    await openCatalogue(page, 'age=24&gender=men&criteria=no_referral');
    await expect(statusRegion(page)).toHaveText(/^Ingen treff og \d+ som kan passe$/);
    const { exact, possible } = await tierCounts(page);
    expect(exact).toBe(0);
    expect(possible).toBeGreaterThan(10);
    const section = possibleSection(page);
    await expect(section.getByRole('heading', { level: 2, name: `Kan passe (${possible})` })).toBeVisible();
    await expect(section).toContainText('Ingenting vi vet om disse tiltakene strider mot valgene dine, men noen opplysninger er ikke oppgitt.');
    await expect(section.locator('article')).toHaveCount(PAGE_SIZE);
    await expect(card(page, 'MO-senteret Eidsvåg')).toContainText('Alder og kjønn er ikke oppgitt');
    await expect(card(page, 'Arna Aktiv')).toContainText('Alder, kjønn og henvisning er ikke oppgitt');
    expect(await allResultTitles(page)).toHaveLength(possible);
  });

  test('exact matches come first under their own heading, then "Kan passe", with both counts', async ({ page }) => {
    await openCatalogue(page, 'district=fana');
    const { exact, possible } = await tierCounts(page);
    expect(exact).toBeGreaterThan(0);
    expect(possible).toBeGreaterThan(0);
    await expect(statusRegion(page)).toHaveText(`${exact} treff og ${possible} som kan passe`);
    await expect(page.getByRole('heading', { level: 2, name: `Passer alle valgene dine (${exact})` })).toBeVisible();
    await expect(exactCards(page)).toHaveCount(exact);
    await expect(possibleSection(page).locator('article')).toHaveCount(PAGE_SIZE - exact);
    // The exact heading comes before the possible one.
    const titles = await resultTitles(page);
    expect(titles.slice(0, exact)).toContain('MO-senteret Nesttun');
    expect(titles.slice(exact)).toContain('Ambulant overdoseteam'); // no district given
  });

  test('"Åpent i kveld" in Årstad shows Strax-huset (open till 02:00) as possible, for its unknown district', async ({ page }) => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', month: '2-digit', day: '2-digit' }).format(new Date());
    test.skip(today === '12-31', 'closes early on New Year’s Eve (a seeded exception)');
    await openCatalogue(page, { q: 'strax', tonight: '1', district: 'arstad' });
    await expect(statusRegion(page)).toHaveText('Ingen treff for «strax» og 1 som kan passe');
    const strax = possibleSection(page).locator('article').filter({ hasText: 'Strax-huset' });
    await expect(strax).toContainText('Bydel er ikke oppgitt');
  });
});

test.describe('announced after a search', () => {
  test('the title starts with the count after a submit, and focus moves to the results heading', async ({ page }) => {
    await openCatalogue(page);
    await expect(page).toHaveTitle(/^Finn tiltak/);
    // A first visit leaves focus where the browser puts it.
    await expect(page.locator('#results-heading')).not.toBeFocused();
    await page.getByRole('searchbox', { name: 'Søk etter tiltak' }).fill('trening');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=trening(&|$)/);
    const count = await resultCount(page);
    await expect(page).toHaveTitle(new RegExp(`^${count} treff for «trening» – Finn tiltak`));
    await expect(page.locator('#results-heading')).toBeFocused();

    await page.getByRole('searchbox', { name: 'Søk etter tiltak' }).fill('');
    await toggle(page, nb.Catalogue.toggle.evening).check();
    await submitFilters(page);
    await expect(page).toHaveURL(/[?&]evening=1(&|$)/);
    const { exact, possible } = await tierCounts(page);
    expect(possible).toBeGreaterThan(0);
    await expect(page).toHaveTitle(new RegExp(`^${exact} treff og ${possible} som kan passe – Finn tiltak`));
    await expect(page.locator('#results-heading')).toBeFocused();
    // A reload is no new search: focus stays put.
    await page.reload();
    await expect(statusRegion(page)).toBeVisible();
    await expect(page.locator('#results-heading')).not.toBeFocused();
  });
});

test.describe('result count and cards', () => {
  test('the count is in a status region and its text follows the filters', async ({ page }) => {
    await openCatalogue(page);
    await expect(statusRegion(page)).toHaveCount(1);
    await expect(statusRegion(page)).toHaveText(`${TOTAL} treff`);
    await toggle(page, 'For pårørende').check();
    await submitFilters(page);
    const count = await resultCount(page);
    await expect(statusRegion(page)).toHaveText(`${count} treff`);
    expect(count).toBe(await resultCards(page).count());
    expect(count).toBeLessThan(TOTAL);
  });

  test('a card shows provider, places, summary, the key facts it knows, one line on the missing ones, and its opening line', async ({ page }) => {
    await openCatalogue(page, { youth: '1' });
    const tidligUte = card(page, 'Tidlig Ute');
    await expect(tidligUte).toContainText('Utekontakten i Bergen');
    await expect(tidligUte).toContainText('Et alternativ til vanlig straff for unge');
    await expect(tidligUte.locator('dl')).toHaveText(/^Alder\s*15–25 år$/);
    await expect(tidligUte).not.toContainText('Ikke oppgitt');
    await expect(openingLine(tidligUte)).toHaveCount(0);
    await expect(tidligUte.locator('p').last()).toHaveText('Kjønn, bydel, henvisning og åpningstider er ikke oppgitt');
    await expect(tidligUte.getByRole('link', { name: 'Tidlig Ute', exact: true })).toHaveAttribute('href', '/tiltak/tidlig-ute?search=youth%3D1');

    const due = card(page, 'DUE – Der Ungdom Er');
    await expect(due.locator('h3 + p')).toHaveText('Utekontakten i Bergen · Hele byen');
    await expect(due.locator('dl')).toHaveText(/^Alder\s*16–23 år\s*Oppstart\s*Krever henvisning$/);
    await expect(openingLine(due)).toHaveText(/Døgnåpent$/);
    await expect(due.locator('p').last()).toHaveText('Kjønn er ikke oppgitt');

    await openCatalogue(page, { q: 'strax' });
    await expect(card(page, 'Strax-huset').locator('dl')).toContainText(/Oppstart\s*Bare møt opp/);
  });

  test('every card with known hours has an opening line in one of the known forms; the others name the hours as missing', async ({ page }) => {
    const line = /^[●○] (Åpent nå · stenger \d\d:\d\d|Åpner i dag \d\d:\d\d|Neste: i morgen \d\d:\d\d|Neste: (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d\d:\d\d|Døgnåpent|Etter avtale|Ingen åpningstider den neste uken)$/;
    const seen = new Set<string>();
    let unknownHours = 0;
    for (const p of ['1', '2']) {
      await openCatalogue(page, { page: p });
      for (const c of await resultCards(page).all()) {
        if ((await openingLine(c).count()) === 0) {
          await expect(c.locator('p').last()).toHaveText(/åpningstider er ikke oppgitt$/);
          unknownHours++;
          continue;
        }
        const text = (await openingLine(c).textContent())!.trim();
        expect(text).toMatch(line);
        seen.add(text.replace(/\d\d:\d\d/, 'HH:MM').replace(/^[●○] /, '').split(' ')[0]!);
      }
    }
    // The demo data has measures with unknown hours, round-the-clock ones and weekly ones.
    expect(unknownHours).toBeGreaterThan(0);
    expect([...seen]).toContain('Døgnåpent');
    expect(seen.size).toBeGreaterThanOrEqual(2);
  });

  test('"Åpent nå" keeps only measures whose card says open now or round the clock', async ({ page }) => {
    await openCatalogue(page, { open_now: '1' });
    const titles = await resultTitles(page);
    expect(titles).toContain('DUE – Der Ungdom Er'); // always open
    const exact = await exactCards(page).all();
    expect(exact.length).toBeGreaterThan(0);
    for (const c of exact) {
      expect(((await openingLine(c).textContent()) ?? '').trim()).toMatch(/^● (Åpent nå · stenger \d\d:\d\d|Døgnåpent)$/);
    }
    // Measures with unknown hours may be open: listed after, saying the hours are not given.
    await expect(possibleSection(page).locator('article').first()).toContainText('Åpningstider er ikke oppgitt');
  });

  test('the opening line of Fritid med bistand matches its weekly hours at this moment', async ({ page }) => {
    const measure = activityMeasures.find((m) => m.slug === 'fritid-med-bistand')!;
    const weekly = measure.hours!.weekly;
    // Simple weekly hours only, so the expectation below can be worked out independently.
    expect(weekly.every((w) => !w.validFrom && !w.validTo && w.closesAt > w.opensAt)).toBe(true);
    expect(measure.hours!.exceptions ?? []).toEqual([]);

    const before = expectedOpeningLine(weekly, new Date());
    await openCatalogue(page, { q: 'Fritid med bistand' });
    const after = expectedOpeningLine(weekly, new Date());
    const text = (await openingLine(card(page, 'Fritid med bistand')).textContent())!.trim().replace(/^[●○] /, '');
    expect([before, after]).toContain(text);
  });
});

test.describe('layout', () => {
  // Nothing on the page moves once drawn: cards come complete in the HTML (their opening
  // lines included) and the self-hosted font has a size-matched fallback. Chromium reports
  // every shift; their sum is the cumulative layout shift (0.1 is "good", 0 is the aim).
  for (const [name, path, width] of [['a phone', '/tiltak', 360], ['a desktop', '/tiltak?q=trening&weekend=1', 1280]] as const) {
    test(`the catalogue does not shift while it loads on ${name}`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) w.shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    });
  }
});

test.describe('cache', () => {
  // The search's answer is cached (lib/data/catalogue.ts); the page is rendered per visit,
  // so one search in any order of its parameters is one canonical address, and a bad
  // parameter is ignored with a notice rather than sent down another path.
  test('a search is the same page whatever the order of its parameters; a bad parameter is named, the rest still applies', async ({ request }) => {
    const word = `zq${Date.now().toString(36)}`;
    const canonical = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    const first = await request.get(`/tiltak?q=${word}&weekend=1&district=arna`);
    expect(first.status()).toBe(200);
    const again = await request.get(`/tiltak?district=arna&weekend=1&q=${word}`);
    const [a, b] = [await first.text(), await again.text()];
    expect(b).toContain(`«${word}»`);
    expect(canonical(b)).toBe(canonical(a));
    expect(canonical(a)).toContain(`/tiltak?q=${word}&amp;district=arna&amp;weekend=1`);

    const bad = await request.get(`/tiltak?q=${word}&weekend=1&district=arna&age=abc`);
    expect(bad.status()).toBe(200);
    const html = await bad.text();
    expect(html).toContain(`«${word}»`);
    expect(canonical(html)).toBe(canonical(a));
    expect(bad.headers()['cache-control']).toContain('no-store');
  });
});
