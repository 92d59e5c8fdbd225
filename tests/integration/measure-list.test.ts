import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getListedMeasures } from '@/lib/data/measure-list';
import { seedDemoData } from '@/lib/db/seed';
import { databaseKinds, type TestDatabase } from '../helpers/db';

// "Min liste" reads the measures a link names: in the link's order, published only, in
// the visitor's language where a translation exists, with what the handout prints.
describe.each(databaseKinds)('the measures on a list on $kind', ({ create }) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    await db.prisma.measure.update({ where: { slug: 'mb-programmet' }, data: { status: 'DRAFT' } });
    await db.prisma.measure.update({ where: { slug: 'tidlig-ute' }, data: { nameEn: 'Out early', howToStartEn: 'Just come.' } });
    await db.prisma.measure.update({ where: { slug: 'fritid-med-bistand' }, data: { nameEn: null } });
  });
  afterAll(() => db?.close());

  it('keeps the order of the link and leaves out unknown and unpublished measures', async () => {
    const slugs = ['tidlig-ute', 'finnes-ikke', 'mb-programmet', 'fritid-med-bistand'];
    const { items, missing } = await getListedMeasures(slugs, 'nb', new Date(), db.prisma);
    expect(items.map((i) => i.slug)).toEqual(['tidlig-ute', 'fritid-med-bistand']);
    expect(missing).toEqual(['finnes-ikke', 'mb-programmet']);
    expect(await getListedMeasures([], 'nb', new Date(), db.prisma)).toEqual({ items: [], missing: [] });
  });

  it("gives the handout's facts as the measure's page has them", async () => {
    const { items } = await getListedMeasures(['fritid-med-bistand'], 'nb', new Date(), db.prisma);
    const row = await db.prisma.measure.findUniqueOrThrow({
      where: { slug: 'fritid-med-bistand' },
      include: { provider: true, locations: true, openingHours: true },
    });
    const item = items[0]!;
    expect(item.name).toEqual({ text: row.name, lang: 'nb' });
    expect(item.howToStart?.text ?? null).toBe(row.howToStart);
    expect(item.contactPhone).toBe(row.contactPhone);
    expect(item.providerName).toBe(row.provider.name);
    expect(item.openingHours).toHaveLength(row.openingHours.length);
    expect(item.addresses.length).toBe(row.locations.filter((l) => l.name || l.address || l.postcode || l.city).length);
  });

  it('uses a translation where there is one and falls back to Bokmål', async () => {
    const { items } = await getListedMeasures(['tidlig-ute', 'fritid-med-bistand'], 'en', new Date(), db.prisma);
    expect(items[0]!.name).toEqual({ text: 'Out early', lang: 'en' });
    expect(items[0]!.howToStart).toEqual({ text: 'Just come.', lang: 'en' });
    expect(items[1]!.name.lang).toBe('nb');
  });
});
