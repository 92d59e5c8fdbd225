import { expect, test, type Page } from '@playwright/test';
import en from '../../messages/en.json';
import nn from '../../messages/nn.json';
import { measures, measureTranslations, newsItems, newsTranslations, providers, providerTranslations } from '../../prisma/seed-data';
import { E2E_USERS, signIn } from './helpers/admin';
import { expectNoAxeViolations } from './helpers/axe';

// A measure's texts in Nynorsk and English where the demo data has them, and Bokmål, marked
// lang="nb" with a short note, where it has not.
const messages = { nn, en };
const translatedSlug = 'veiledning-for-parorende';
const translated = measureTranslations[translatedSlug]!;
const untranslated = measures.find((m) => m.slug === 'dagsverket')!;
const detailPath = (locale: 'nn' | 'en', slug: string) => (locale === 'en' ? `/en/measures/${slug}` : `/nn/tiltak/${slug}`);

const note = (page: Page, locale: 'nn' | 'en') => page.getByRole('main').getByText(messages[locale].Translation.onlyBokmal);

test.beforeAll(() => {
  // The pages below rely on this pair: one measure fully translated, one not at all.
  expect(translated.en.description && translated.nn.description).toBeTruthy();
  expect(measureTranslations[untranslated.slug]).toBeUndefined();
});

for (const locale of ['en', 'nn'] as const) {
  test(`${locale}: a translated measure is all in ${locale}, with no note`, async ({ page }) => {
    await page.goto(detailPath(locale, translatedSlug));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(translated[locale].name);
    await expect(h1).not.toHaveAttribute('lang');
    await expect(page.getByText(translated[locale].summary, { exact: true })).toBeVisible();
    const about = page.getByRole('region', { name: messages[locale].Measure.about });
    await expect(about.getByText(translated[locale].description!, { exact: true })).toBeVisible();
    // Related measures below the article may well be untranslated; the article itself is not.
    await expect(page.locator('main article [lang="nb"]')).toHaveCount(0);
    await expect(note(page, locale)).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(`^${translated[locale].name}`));
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const service = scripts.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'Service');
    expect(service).toMatchObject({ name: translated[locale].name, description: translated[locale].summary });
    await expectNoAxeViolations(page);
  });

  test(`${locale}: an untranslated measure shows Bokmål marked lang="nb", with the note`, async ({ page }) => {
    await page.goto(detailPath(locale, untranslated.slug));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(untranslated.name);
    await expect(h1).toHaveAttribute('lang', 'nb');
    await expect(page.locator('header [lang="nb"]', { hasText: untranslated.summary })).toBeVisible();
    // Once for the heading and summary, once for the description: each block says it.
    await expect(note(page, locale)).toHaveCount(2);
    const about = page.getByRole('region', { name: messages[locale].Measure.about });
    await expect(about.locator('[lang="nb"]')).toHaveText(untranslated.description!);
    await expect(about.getByText(messages[locale].Translation.onlyBokmal)).toBeVisible();
    // The note itself is in the page's language.
    await expect(note(page, locale).first()).not.toHaveAttribute('lang');
    await expectNoAxeViolations(page);
  });
}

test('catalogue cards: translated names in English, Bokmål ones marked; English words find a measure', async ({ page }) => {
  await page.goto('/en/measures?q=guidance+relatives');
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: translated.en.name }) });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { level: 3 })).not.toHaveAttribute('lang');

  await page.goto('/en/measures?q=dagsverket');
  const heading = page.getByRole('heading', { level: 3, name: untranslated.name, exact: true });
  await expect(heading).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('article').filter({ has: heading }).locator('p[lang="nb"]')).toHaveText(untranslated.summary);
  await expectNoAxeViolations(page);
});

test('an editor adds an English name; the preview shows it, and Bokmål with a note where none is given', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, E2E_USERS.editor);
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  await page.goto('/admin/tiltak/ny');
  await page.locator('#f-name').fill(`Strikkekafé ${unique}`);
  await page.locator('#f-slug').fill(`strikkekafe-${unique}`);
  await page.locator('#f-summary').fill('Vi strikker og prater.');
  await page.locator('#f-description').fill('Ta med garn, eller lån av oss.');
  await page.locator('#f-providerId').selectOption({ label: 'ALF AS' });
  await page.locator('#f-kind').selectOption('ACTIVITY');
  const section = page.getByRole('region', { name: 'Engelsk' });
  await expect(section.locator('#f-nameEn')).toHaveAttribute('lang', 'en');
  await section.locator('#f-nameEn').fill(`Knitting café ${unique}`);
  await section.locator('#f-summaryEn').fill('We knit and chat.');
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByText('Opprettet.')).toBeVisible();
  await expect(page.locator('#f-nameEn')).toHaveValue(`Knitting café ${unique}`);
  await expect(page.locator('#f-descriptionEn')).toHaveValue('');

  const editPath = new URL(page.url()).pathname;
  await page.goto(`/en${editPath}/forhandsvisning`);
  await expect(page.getByRole('heading', { level: 1, name: `Knitting café ${unique}` })).not.toHaveAttribute('lang');
  await expect(page.getByText('We knit and chat.')).toBeVisible();
  const about = page.getByRole('region', { name: en.Measure.about });
  await expect(about.locator('[lang="nb"]')).toHaveText('Ta med garn, eller lån av oss.');
  await expect(about.getByText(en.Translation.onlyBokmal)).toBeVisible();
  await expectNoAxeViolations(page);

  // The history names the translated field.
  await page.goto(`${editPath}/historikk`);
  await expect(page.getByRole('rowheader', { name: 'Navn på engelsk' })).toBeVisible();
});

// News items and provider descriptions: the same marking as measures. The demo data translates
// some of each and leaves the others in Bokmål.
const translatedNews = newsItems.find((n) => n.slug === 'tilbud-for-parorende-i-oversikten')!;
const untranslatedNews = newsItems.find((n) => n.slug === 'verdens-overdosedag')!;
const newsLinkedToUntranslated = newsItems.find((n) => n.measureSlug === untranslated.slug)!;
const newsPath = { nn: '/nn/nyheiter', en: '/en/news' } as const;
const providerPath = (locale: 'nn' | 'en', slug: string) => (locale === 'en' ? `/en/providers/${slug}` : `/nn/tilbydere/${slug}`);
const translatedProvider = providers.find((p) => p.slug === 'bergen-kommune')!;
const untranslatedProvider = providers.find((p) => p.slug === 'alf-as')!;
/** "Les om X" / "Read about X" as the page's language words it. */
const readAbout = (locale: 'nn' | 'en', name: string) => messages[locale].News.readAboutMeasure.replace(/<\/?measure>/g, '').replace('{name}', name);

test.describe('news and providers', () => {
  test.beforeAll(() => {
    expect(newsTranslations[translatedNews.slug]).toBeTruthy();
    expect(translatedNews.measureSlug).toBe(translatedSlug);
    expect(newsTranslations[untranslatedNews.slug]).toBeUndefined();
    expect(newsTranslations[newsLinkedToUntranslated.slug]).toBeUndefined();
    expect(providerTranslations[translatedProvider.slug]).toBeTruthy();
    expect(providerTranslations[untranslatedProvider.slug]).toBeUndefined();
  });

  for (const locale of ['en', 'nn'] as const) {
    test(`${locale}: news in ${locale} where translated, else Bokmål marked lang="nb" with the note; "Les om" links name the measure in ${locale}`, async ({ page }) => {
      await page.goto(newsPath[locale]);
      const article = (title: string) => page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

      const done = article(newsTranslations[translatedNews.slug]![locale].title);
      await expect(done.getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
      await expect(done.getByText(newsTranslations[translatedNews.slug]![locale].body.split('\n')[0]!)).toBeVisible();
      await expect(done.locator('[lang="nb"]')).toHaveCount(0);
      await expect(done.getByText(messages[locale].Translation.onlyBokmal)).toHaveCount(0);
      const translatedLink = done.getByRole('link', { name: readAbout(locale, translated[locale].name), exact: true });
      await expect(translatedLink).toHaveAttribute('href', detailPath(locale, translatedSlug));

      const pending = article(untranslatedNews.title);
      await expect(pending.getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'nb');
      await expect(pending.locator('p[lang="nb"]')).toHaveText(untranslatedNews.body);
      await expect(pending.getByText(messages[locale].Translation.onlyBokmal)).toHaveCount(1);

      // A Bokmål measure name inside the link is marked, the words around it are not.
      const fallbackLink = article(newsLinkedToUntranslated.title).getByRole('link', { name: readAbout(locale, untranslated.name), exact: true });
      await expect(fallbackLink.locator('[lang="nb"]')).toHaveText(untranslated.name);
      await expect(fallbackLink).not.toHaveAttribute('lang');

      // Every "Les om" link says where it goes: the same text never leads to two places.
      const links = page.getByRole('main').getByRole('link', { name: readAbout(locale, '') });
      const targets = new Map<string, Set<string>>();
      for (const link of await links.all()) {
        const text = (await link.textContent())!;
        targets.set(text, (targets.get(text) ?? new Set()).add((await link.getAttribute('href'))!));
      }
      expect(targets.size).toBeGreaterThan(1);
      for (const [text, hrefs] of targets) expect(hrefs.size, text).toBe(1);
      await expectNoAxeViolations(page);
    });

    test(`${locale}: a provider's description in ${locale} where translated, else Bokmål marked lang="nb" with the note`, async ({ page }) => {
      await page.goto(providerPath(locale, translatedProvider.slug));
      let about = page.getByRole('region', { name: messages[locale].Providers.about });
      await expect(about.getByText(providerTranslations[translatedProvider.slug]![locale].description, { exact: true })).toBeVisible();
      await expect(about.locator('[lang="nb"]')).toHaveCount(0);
      await expect(about.getByText(messages[locale].Translation.onlyBokmal)).toHaveCount(0);
      // The provider's name is a proper name: as it is, in every language.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(translatedProvider.name);

      await page.goto(providerPath(locale, untranslatedProvider.slug));
      about = page.getByRole('region', { name: messages[locale].Providers.about });
      await expect(about.locator('p[lang="nb"]')).toHaveText(untranslatedProvider.description);
      await expect(about.getByText(messages[locale].Translation.onlyBokmal)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the English home page shows translated news titles, Bokmål ones marked', async ({ page }) => {
    await page.goto('/en');
    const news = page.getByRole('region', { name: en.Home.latestNews });
    await expect(news.getByRole('heading', { level: 3, name: newsTranslations[translatedNews.slug]!.en.title })).not.toHaveAttribute('lang');
    await expect(news.getByRole('heading', { level: 3, name: untranslatedNews.title })).toHaveAttribute('lang', 'nb');
  });

  test('the open-data API gives a provider\'s description translations, null where there are none', async ({ request }) => {
    const translatedJson = await (await request.get(`/api/v1/providers/${translatedProvider.slug}`)).json();
    expect(translatedJson.data.translations).toEqual({
      nn: { description: providerTranslations[translatedProvider.slug]!.nn.description },
      en: { description: providerTranslations[translatedProvider.slug]!.en.description },
    });
    const untranslatedJson = await (await request.get(`/api/v1/providers/${untranslatedProvider.slug}`)).json();
    expect(untranslatedJson.data.translations).toEqual({ nn: { description: null }, en: { description: null } });
  });
});
