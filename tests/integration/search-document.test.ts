import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import nb from '@/messages/nb.json';
import { databaseKinds, type TestDatabase } from '../helpers/db';

// The database builds each measure's search document itself (see the add_search migration).
describe.each(databaseKinds)('search document on $kind', ({ create }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await create();
  });
  afterAll(() => db?.close());

  it('names every kind, category and district exactly as messages/nb.json does', async () => {
    const labels = { ...nb.Enums.MeasureKind, ...nb.Enums.ContentCategory, ...nb.Enums.District };
    const rows = await db.sql.query<{ value: string; label: string }>(
      'SELECT v AS value, search_label_nb(v) AS label FROM unnest($1::text[]) AS v',
      [Object.keys(labels)],
    );
    expect(Object.fromEntries(rows.map((r) => [r.value, r.label]))).toEqual(labels);
  });

  it('is filled on insert and follows edits of the measure and of its provider', async () => {
    const provider = await db.prisma.provider.create({ data: { slug: 'p', name: 'Blå Kors', type: 'NON_PROFIT' } });
    const measure = await db.prisma.measure.create({
      data: {
        slug: 'm', name: 'Turgruppe', summary: 'Vi går tur sammen.', kind: 'ACTIVITY',
        categories: ['OUTDOORS'], districts: ['ASANE'], providerId: provider.id,
      },
    });
    const doc = async () =>
      (await db.sql.query<{ search_text: string; v: string }>(
        'SELECT search_text, search_vector::text AS v FROM measure WHERE id = $1',
        [measure.id],
      ))[0]!;
    let d = await doc();
    expect(d.search_text).toContain('turgruppe');
    expect(d.search_text).toContain('bla kors'); // lower-cased, without diacritics
    expect(d.search_text).toContain('tur og friluft');
    expect(d.search_text).toContain('asane');
    expect(d.v).toContain("'turgrupp':1A");

    await db.prisma.measure.update({ where: { id: measure.id }, data: { name: 'Fjelltur' } });
    d = await doc();
    expect(d.search_text).toContain('fjelltur');
    expect(d.search_text).not.toContain('turgruppe');

    await db.prisma.provider.update({ where: { id: provider.id }, data: { name: 'Kirkens Bymisjon' } });
    d = await doc();
    expect(d.search_text).toContain('kirkens bymisjon');
    expect(d.search_text).not.toContain('bla kors');
  });

  it('makes Nynorsk and English names and summaries findable, Bokmål matches first', async () => {
    const provider = await db.prisma.provider.create({ data: { slug: 'kb', name: 'Kirkens Bymisjon', type: 'NON_PROFIT' } });
    const base = { kind: 'ACTIVITY' as const, status: 'PUBLISHED' as const, providerId: provider.id };
    const translated = await db.prisma.measure.create({
      data: { ...base, slug: 'strikkekafe', name: 'Strikkekafé', summary: 'Vi strikker sammen.', nameEn: 'Knitting café' },
    });
    const search = async (q: string) =>
      (await searchCatalogue({ ...EMPTY_QUERY, q, sort: 'relevance' }, new Date(), db.prisma)).items.map((i) => i.slug);

    expect(await search('knitting')).toEqual(['strikkekafe']);
    // Misspelt: the trigram fallback searches the translations too.
    expect(await search('knittin cafe')).toEqual(['strikkekafe']);

    // Added later, by an edit of the translation alone.
    await db.prisma.measure.update({ where: { id: translated.id }, data: { summaryNn: 'Me strikkar i lag kvar veke.' } });
    expect(await search('strikkar')).toEqual(['strikkekafe']);
    const [doc] = await db.sql.query<{ v: string }>('SELECT search_vector::text AS v FROM measure WHERE id = $1', [translated.id]);
    expect(doc!.v).toContain("'knitting':");
    // Weight D, the lowest, which PostgreSQL prints without a letter.
    expect(doc!.v).toMatch(/'kvar':\d+(?![\dABC])/);

    // A measure whose Bokmål name matches outranks one matching only through a translation.
    await db.prisma.measure.create({ data: { ...base, slug: 'knitting', name: 'Knitting Bergen', summary: 'Strikking på engelsk.' } });
    expect(await search('knitting')).toEqual(['knitting', 'strikkekafe']);

    // Removing the translation removes the match.
    await db.prisma.measure.update({ where: { id: translated.id }, data: { nameEn: null } });
    expect(await search('knitting')).toEqual(['knitting']);
  });
});
