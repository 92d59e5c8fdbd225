import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonForScript, measureStructuredData } from '@/components/measures/structured-data';
import {
  countPublishedMeasures,
  getPublishedMeasure,
  listPublishedMeasureSlugs,
  listRelatedMeasures,
} from '@/lib/data/measures';
import { listLatestNews, newsLastModified } from '@/lib/data/news';
import { getProvider, listProviders, listProviderSlugs } from '@/lib/data/providers';
import { seedDemoData } from '@/lib/db/seed';
import { databaseKinds, type TestDatabase } from '../helpers/db';

// The public pages' data functions, on the demo catalogue with some drafts mixed in:
// nothing unpublished may reach a public page through any of them.
describe.each(databaseKinds)('public data on $kind', ({ create }) => {
  let db: TestDatabase;
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    const p = db.prisma;
    const alf = await p.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } });
    // A published measure taken down, and two unpublished look-alikes of ALF's work training.
    await p.measure.update({ where: { slug: 'mb-programmet' }, data: { status: 'DRAFT' } });
    await p.measure.update({ where: { slug: 'dagsverket' }, data: { status: 'ARCHIVED' } });
    const lookAlike = { summary: 'Utkast.', kind: 'WORK' as const, categories: ['WORK_TRAINING' as const], districts: [], providerId: alf.id };
    await p.measure.create({ data: { ...lookAlike, slug: 'aaa-utkast', name: 'AAA utkast', status: 'DRAFT' } });
    await p.measure.create({ data: { ...lookAlike, slug: 'aaa-arkivert', name: 'AAA arkivert', status: 'ARCHIVED' } });
    // A provider whose only measure is a draft, and one with none at all.
    const quiet = await p.provider.create({ data: { slug: 'stille', name: 'Stille AS', type: 'PRIVATE' } });
    await p.measure.create({ data: { ...lookAlike, slug: 'stille-utkast', name: 'Stille utkast', status: 'DRAFT', providerId: quiet.id } });
    await p.provider.create({ data: { slug: 'tom', name: 'Tom AS', type: 'PRIVATE', phone: '55 00 00 00', email: 'post@example.org' } });
    // News that must not show: a draft, and one scheduled for the future.
    await p.newsItem.create({ data: { slug: 'utkast', title: 'Utkast', body: 'Ikke klar.', status: 'DRAFT', publishedAt: day('2026-01-01') } });
    await p.newsItem.create({ data: { slug: 'fremtid', title: 'Fremtid', body: 'Senere.', publishedAt: day('2999-01-01') } });
  });
  afterAll(() => db?.close());

  const publishedSlugs = async () =>
    new Set((await db.prisma.measure.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true } })).map((m) => m.slug));

  it('counts and lists only published measures', async () => {
    const published = await publishedSlugs();
    expect(await countPublishedMeasures(db.prisma)).toBe(published.size);
    const listed = await listPublishedMeasureSlugs(db.prisma);
    expect(new Set(listed.map((m) => m.slug))).toEqual(published);
    expect(listed.every((m) => !Number.isNaN(Date.parse(m.updatedAt)))).toBe(true);
    expect(await getPublishedMeasure('mb-programmet', new Date(), db.prisma)).toBeNull();
    expect(await getPublishedMeasure('aaa-utkast', new Date(), db.prisma)).toBeNull();
  });

  it('gives related measures sharing a category or the kind, never the measure itself or unpublished ones', async () => {
    const measure = (await getPublishedMeasure('alf-arbeidstrening', new Date(), db.prisma))!;
    const related = await listRelatedMeasures(measure, 4, db.prisma);
    expect(related).toHaveLength(4);
    const published = await publishedSlugs();
    const rows = await db.prisma.measure.findMany({ where: { slug: { in: related.map((r) => r.slug) } } });
    for (const r of related) {
      expect(r.slug).not.toBe('alf-arbeidstrening');
      expect(published.has(r.slug)).toBe(true);
      const row = rows.find((x) => x.slug === r.slug)!;
      expect(row.kind === measure.kind || row.categories.some((c) => measure.categories.includes(c))).toBe(true);
      // Plain values the page can render: enums as strings, lists as arrays.
      expect(r).toEqual({
        slug: row.slug, name: row.name, summary: row.summary, kind: row.kind,
        nameNn: row.nameNn, nameEn: row.nameEn, summaryNn: row.summaryNn, summaryEn: row.summaryEn,
        districts: row.districts, citywide: row.citywide, providerName: expect.any(String), planned: row.planned,
      });
    }
    // Same kind and category beats a shared category alone.
    expect(rows.every((x) => x.kind === 'WORK' && x.categories.includes('WORK_TRAINING'))).toBe(true);
  });

  it('ranks measures sharing more categories first, and gives none when nothing is alike', async () => {
    const measure = (await getPublishedMeasure('mo-wergeland', new Date(), db.prisma))!;
    const related = await listRelatedMeasures(measure, 3, db.prisma);
    expect(related.map((r) => r.slug).sort()).toEqual(['mo-eidsvag', 'mo-nesttun', 'strax-huset']);
    const alone = await listRelatedMeasures({ slug: 'x', kind: 'FOR_RELATIVES', categories: [] }, 4, db.prisma);
    const forRelatives = await db.prisma.measure.count({ where: { kind: 'FOR_RELATIVES', status: 'PUBLISHED' } });
    expect(alone).toHaveLength(Math.min(4, forRelatives));
  });

  it('shows a provider with its published measures only, and null for an unknown slug', async () => {
    const alf = (await getProvider('alf-as', db.prisma))!;
    expect(alf).toMatchObject({ slug: 'alf-as', name: 'ALF AS', type: 'PRIVATE', phone: null, email: null, website: null });
    expect(alf.measures.map((m) => m.slug)).toEqual(['alf-arbeidstrening']);
    expect(alf.measures[0]).toMatchObject({ providerName: 'ALF AS', kind: 'WORK' });
    expect((await getProvider('stille', db.prisma))!.measures).toEqual([]);
    expect((await getProvider('tom', db.prisma))!).toMatchObject({ phone: '55 00 00 00', email: 'post@example.org' });
    expect(await getProvider('finnes-ikke', db.prisma)).toBeNull();
  });

  it('lists providers with published measures and their counts', async () => {
    const providers = await listProviders(db.prisma);
    const slugs = providers.map((p) => p.slug);
    expect(slugs).not.toContain('stille');
    expect(slugs).not.toContain('tom');
    expect(providers.find((p) => p.slug === 'alf-as')!.measureCount).toBe(1);
    const published = await db.prisma.measure.groupBy({ by: ['providerId'], where: { status: 'PUBLISHED' }, _count: true });
    expect(providers.reduce((sum, p) => sum + p.measureCount, 0)).toBe(published.reduce((sum, g) => sum + g._count, 0));
    expect((await listProviderSlugs(db.prisma)).map((p) => p.slug).sort()).toEqual([...slugs].sort());
  });

  it('lists published news newest first, linking a measure only while it is published', async () => {
    const news = await listLatestNews(undefined, db.prisma);
    const slugs = news.map((n) => n.slug);
    expect(slugs).not.toContain('utkast');
    expect(slugs).not.toContain('fremtid');
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    const dates = news.map((n) => n.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    // Dagsverket was archived: its news stays, without the link.
    expect(news.find((n) => n.slug === 'dagsverket-far-flere-plasser')!.measure).toBeNull();
    expect(news.find((n) => n.slug === 'flere-jobbspesialister')!.measure).toEqual({ slug: 'ips-jobbspesialister', name: expect.any(String), nameNn: null, nameEn: null });
    expect((await listLatestNews(3, db.prisma)).map((n) => n.slug)).toEqual(slugs.slice(0, 3));
    expect(await newsLastModified(db.prisma)).toEqual(expect.any(String));
  });

  it('describes a measure as a schema.org Service, with confirmed hours and addresses only', async () => {
    const urls = { page: 'https://example.org/tiltak/x', provider: 'https://example.org/tilbydere/y' };
    const slug = 'alf-arbeidstrening';
    const m = (await getPublishedMeasure(slug, new Date(), db.prisma))!;
    const data = measureStructuredData(m, urls);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: m.name,
      provider: { '@type': 'Organization', name: 'ALF AS', url: urls.provider },
      areaServed: { '@type': 'City', name: 'Bergen' },
    });

    // Confirmed hours (one window past midnight) and a confirmed address.
    const id = (await db.prisma.measure.findUniqueOrThrow({ where: { slug } })).id;
    await db.prisma.measure.update({
      where: { id },
      data: {
        hoursStatus: 'REGULAR',
        hoursPlaceholder: false,
        openingHours: {
          deleteMany: {},
          create: [
            { weekday: 1, opensAt: 9 * 60, closesAt: 15 * 60 },
            { weekday: 3, opensAt: 9 * 60, closesAt: 15 * 60 },
            { weekday: 6, opensAt: 22 * 60, closesAt: 2 * 60 },
          ],
        },
        locations: { deleteMany: {}, create: [{ address: 'Gate 1', postcode: '5003', city: 'Bergen', placeholder: false }, { address: 'Demo 2', placeholder: true }] },
      },
    });
    const confirmed = measureStructuredData((await getPublishedMeasure(slug, new Date(), db.prisma))!, urls);
    expect(confirmed.hoursAvailable).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '09:00', closes: '15:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '22:00', closes: '02:00' },
    ]);
    expect(confirmed.availableChannel).toEqual([
      {
        '@type': 'ServiceChannel',
        serviceLocation: {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', streetAddress: 'Gate 1', postalCode: '5003', addressLocality: 'Bergen', addressCountry: 'NO' },
        },
      },
    ]);

    // The same hours as demo placeholders are left out.
    await db.prisma.measure.update({ where: { id }, data: { hoursPlaceholder: true } });
    const placeholder = measureStructuredData((await getPublishedMeasure(slug, new Date(), db.prisma))!, urls);
    expect(placeholder.hoursAvailable).toBeUndefined();

    // No text in the data can end the inline <script> it is written into.
    const hostile = { name: '</script><script>alert(1)</script>' };
    expect(jsonForScript(hostile)).not.toContain('<');
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
