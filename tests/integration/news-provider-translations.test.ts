// Nynorsk and English texts of news items and provider descriptions: the forms' schemas,
// the admin services that save them (audited, locked, all or nothing), the public reads
// and the open-data API that give them, and the demo data that seeds some of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHistory } from '@/lib/data/history';
import { listLatestNews } from '@/lib/data/news';
import { listOpenProviders } from '@/lib/data/open-data';
import { getProvider } from '@/lib/data/providers';
import { seedDemoData } from '@/lib/db/seed';
import { localizedNews, localizedText, NEWS_TRANSLATION_FIELDS } from '@/lib/i18n/content';
import { createNews, updateNews } from '@/lib/services/news';
import { createProvider, updateProvider } from '@/lib/services/providers';
import { formDataToObject, toFieldErrors } from '@/lib/validation/form-data';
import { newsCreateSchema, newsUpdateSchema, type NewsUpdateInput } from '@/lib/validation/news';
import { providerCreateSchema, providerUpdateSchema } from '@/lib/validation/provider';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import nn from '@/messages/nn.json';
import { newsItems, newsTranslations, providers, providerTranslations } from '../../prisma/seed-data';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

const ok = <T,>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};

/** What the edit form posts, as the actions read it. */
function posted(entries: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(entries)) form.set(k, v);
  return formDataToObject(form);
}

describe('translation fields in the news and provider schemas', () => {
  const news = { title: 'Sommerstengt', body: 'Stengt i juli.', publishedAt: '2026-06-01', status: 'PUBLISHED', slug: 'sommer', updatedAt: new Date().toISOString() };

  it('are optional, trimmed, blank means "not translated", and have the Bokmål fields\' limits', () => {
    const parsed = newsUpdateSchema.parse(posted({ ...news, titleEn: '  Closed for summer ', bodyNn: '   ' }));
    expect(parsed).toMatchObject({ titleEn: 'Closed for summer', bodyNn: null, titleNn: null, bodyEn: null });
    const tooLong = newsUpdateSchema.safeParse(posted({ ...news, titleNn: 'x'.repeat(201), bodyEn: 'x'.repeat(20_001), titleEn: 'x'.repeat(200) }));
    expect(tooLong.success).toBe(false);
    expect(toFieldErrors(tooLong.error!)).toEqual({ titleNn: ['tooLong'], bodyEn: ['tooLong'] });

    const provider = { name: 'Kafé', type: 'PRIVATE' };
    expect(providerCreateSchema.parse(posted({ ...provider, descriptionEn: ' A café. ', descriptionNn: '' }))).toMatchObject({ descriptionEn: 'A café.', descriptionNn: null });
    const long = providerCreateSchema.safeParse(posted({ ...provider, descriptionNn: 'x'.repeat(5001) }));
    expect(toFieldErrors(long.error!)).toEqual({ descriptionNn: ['tooLong'] });
  });

  it('have labels in every language, for the forms, error summaries and diffs', () => {
    for (const messages of [nb, nn, en]) {
      const labels = messages.AdminEdit.fields as Record<string, string>;
      for (const field of NEWS_TRANSLATION_FIELDS) expect(labels[field], field).toBeTruthy();
      expect(Object.keys(messages.AdminEdit.providers.fields).sort()).toEqual(['description', 'descriptionEn', 'descriptionNn']);
    }
    // A provider's description is about the provider, not an offer.
    expect(nb.AdminEdit.providers.fields.descriptionEn).toBe('Om tilbyderen på engelsk');
  });

  it('word the "Les om" link naturally, with the measure name in a part that can carry its own language', () => {
    expect([nb.News.readAboutMeasure, nn.News.readAboutMeasure, en.News.readAboutMeasure]).toEqual([
      'Les om <measure>{name}</measure>',
      'Les om <measure>{name}</measure>',
      'Read about <measure>{name}</measure>',
    ]);
  });
});

describe.each(databaseKinds)('saving news and provider translations on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    const p = await db.prisma.provider.create({ data: { slug: 'base', name: 'Base', type: 'PRIVATE' } });
    actors = await createActors(db.prisma, p.id);
  });
  afterAll(() => db?.close());

  it('stores, audits and publishes a news item\'s translations; a stale save is refused and changes nothing', async () => {
    const { id } = ok(await createNews(db.prisma, actors.editor, newsCreateSchema.parse(posted({ title: 'Sommerstengt', body: 'Stengt i juli.', publishedAt: '2026-06-01', status: 'PUBLISHED' }))));
    const row = await db.prisma.newsItem.findUniqueOrThrow({ where: { id } });
    const form = { slug: row.slug, title: row.title, body: row.body, publishedAt: '2026-06-01', status: 'PUBLISHED', updatedAt: row.updatedAt.toISOString() };
    const saved = ok(await updateNews(db.prisma, actors.editor, id, newsUpdateSchema.parse(posted({ ...form, titleEn: 'Closed for summer', bodyEn: 'Closed in July.', titleNn: 'Sommarstengt' }))));

    expect(await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ titleEn: 'Closed for summer', bodyEn: 'Closed in July.', titleNn: 'Sommarstengt', bodyNn: null });
    const [update] = await listHistory('news', id, db.prisma);
    expect(update!.changes).toEqual([
      { field: 'titleNn', before: null, after: 'Sommarstengt' },
      { field: 'titleEn', before: null, after: 'Closed for summer' },
      { field: 'bodyEn', before: null, after: 'Closed in July.' },
    ]);

    // The public read gives the translations; the page shows each text in its language.
    const item = (await listLatestNews(undefined, db.prisma)).find((n) => n.slug === row.slug)!;
    expect(localizedNews(item, 'en')).toEqual({ title: { text: 'Closed for summer', lang: 'en' }, body: { text: 'Closed in July.', lang: 'en' } });
    expect(localizedNews(item, 'nn')).toEqual({ title: { text: 'Sommarstengt', lang: 'nn' }, body: { text: 'Stengt i juli.', lang: 'nb' } });

    // Someone saved since this editor opened the form: refused, naming the translation.
    const stale = await updateNews(db.prisma, actors.editor2, id, newsUpdateSchema.parse(posted({ ...form, titleEn: 'Summer closing' })));
    if (stale.ok || stale.error !== 'conflict') throw new Error('expected a conflict');
    expect(stale.conflict.changes).toContainEqual({ field: 'titleEn', theirs: 'Closed for summer', yours: 'Summer closing' });
    expect(await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ titleEn: 'Closed for summer', updatedAt: new Date(saved.updatedAt) });

    // A save refused for another field (a slug in use) writes no translation either.
    await db.prisma.newsItem.create({ data: { slug: 'opptatt', title: 'Opptatt', body: 'x', publishedAt: new Date() } });
    const refused = await updateNews(db.prisma, actors.editor, id, { ...newsUpdateSchema.parse(posted({ ...form, updatedAt: saved.updatedAt, titleEn: 'Changed' })), slug: 'opptatt' } satisfies NewsUpdateInput);
    expect(refused).toMatchObject({ ok: false, error: 'invalid', fieldErrors: { slug: ['slugTaken'] } });
    expect(await db.prisma.newsItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ titleEn: 'Closed for summer', slug: row.slug });
    expect(await listHistory('news', id, db.prisma)).toHaveLength(2);
  });

  it('stores, audits and publishes a provider\'s description translations', async () => {
    const input = providerCreateSchema.parse(posted({ name: 'Strikkekafeen', type: 'NON_PROFIT', description: 'Vi strikker.', descriptionEn: 'We knit.' }));
    const { id } = ok(await createProvider(db.prisma, actors.editor, input));
    // Only an editor may: a provider account is refused and nothing is written.
    const row = await db.prisma.provider.findUniqueOrThrow({ where: { id } });
    const update = providerUpdateSchema.parse(posted({ slug: row.slug, name: row.name, type: 'NON_PROFIT', description: 'Vi strikker.', descriptionEn: 'We knit.', descriptionNn: 'Vi strikkar.', updatedAt: row.updatedAt.toISOString() }));
    expect(await updateProvider(db.prisma, actors.provider, id, update)).toEqual({ ok: false, error: 'forbidden' });
    expect((await db.prisma.provider.findUniqueOrThrow({ where: { id } })).descriptionNn).toBeNull();
    ok(await updateProvider(db.prisma, actors.editor, id, update));

    const history = await listHistory('provider', id, db.prisma);
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual([{ field: 'descriptionNn', before: null, after: 'Vi strikkar.' }]);
    expect(history[1]!.changes).toContainEqual({ field: 'descriptionEn', before: null, after: 'We knit.' });

    // With a published measure it is public: the page and the API give the translations.
    await db.prisma.measure.create({ data: { slug: 'strikk', name: 'Strikk', summary: 'Strikk.', kind: 'ACTIVITY', status: 'PUBLISHED', providerId: id } });
    const detail = (await getProvider(row.slug, db.prisma))!;
    expect(localizedText(detail, 'description', 'nn')).toEqual({ text: 'Vi strikkar.', lang: 'nn' });
    expect(localizedText(detail, 'description', 'en')).toEqual({ text: 'We knit.', lang: 'en' });
    const open = (await listOpenProviders(undefined, db.prisma)).items.find((p) => p.slug === row.slug)!;
    expect(open.translations).toEqual({ nn: { description: 'Vi strikkar.' }, en: { description: 'We knit.' } });
    expect(open).not.toHaveProperty('descriptionNn');
  });
});

describe.each(databaseKinds)('demo translations of news and providers on $kind', ({ create }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
  });
  afterAll(() => db?.close());

  it('seeds some news items and providers in nn and en and leaves the others in Bokmål', async () => {
    const news = await db.prisma.newsItem.findMany({ select: { slug: true, titleNn: true, titleEn: true, bodyNn: true, bodyEn: true } });
    const translatedNews = news.filter((n) => n.titleEn && n.bodyEn && n.titleNn && n.bodyNn).map((n) => n.slug).sort();
    expect(translatedNews).toEqual(Object.keys(newsTranslations).sort());
    expect(translatedNews.length).toBeGreaterThan(0);
    expect(translatedNews.length).toBeLessThan(newsItems.length);
    expect(news.filter((n) => !translatedNews.includes(n.slug)).every((n) => !n.titleNn && !n.titleEn && !n.bodyNn && !n.bodyEn)).toBe(true);

    const rows = await db.prisma.provider.findMany({ select: { slug: true, descriptionNn: true, descriptionEn: true } });
    const translatedProviders = rows.filter((p) => p.descriptionNn && p.descriptionEn).map((p) => p.slug).sort();
    expect(translatedProviders).toEqual(Object.keys(providerTranslations).sort());
    expect(translatedProviders.length).toBeLessThan(providers.length);

    // A second run changes nothing, and clears an edit as it does for measures.
    await db.prisma.provider.update({ where: { slug: 'alf-as' }, data: { descriptionEn: 'Edited.' } });
    await seedDemoData(db.prisma);
    expect((await db.prisma.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } })).descriptionEn).toBeNull();
    expect(await db.prisma.newsItem.count()).toBe(newsItems.length);
  });
});
