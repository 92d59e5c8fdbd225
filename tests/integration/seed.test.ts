import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/lib/db/seed';
import { databaseKinds, type TestDatabase } from '../helpers/db';

describe.each(databaseKinds)('db:seed on $kind', ({ create }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
  });
  afterAll(async () => {
    await db?.close();
  });

  const measure = (slug: string) => db.prisma.measure.findUniqueOrThrow({ where: { slug }, include: { openingHours: true } });

  it('publishes the real measures, each with a provider', async () => {
    const published = await db.prisma.measure.findMany({ where: { status: 'PUBLISHED' }, include: { provider: true } });
    expect(published.length).toBeGreaterThanOrEqual(25);
    for (const m of published) {
      expect(m.provider.name).toBeTruthy();
      expect(m.sourceNote).toMatch(/\d{3}:\d+/);
      expect(m.lastVerifiedAt).toBeNull();
    }
    expect(await db.prisma.provider.count()).toBeGreaterThanOrEqual(8);
  });

  it('includes offers for relatives and for young people', async () => {
    // Filtered here rather than with `has`: enum-array filters fail on the PGlite adapter.
    const all = await db.prisma.measure.findMany({ select: { kind: true, targetGroups: true } });
    const relatives = all.filter((m) => m.kind === 'FOR_RELATIVES' || m.targetGroups.includes('RELATIVES'));
    const youth = all.filter((m) => m.kind === 'YOUTH_FOLLOW_UP' || m.targetGroups.includes('YOUNG_PEOPLE'));
    expect(relatives.length).toBeGreaterThanOrEqual(3);
    expect(youth.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the facts the plans state', async () => {
    expect((await measure('lara')).sobrietyRule).toBe('DRUG_FREE');
    expect((await measure('lara')).districts.sort()).toEqual(['ARNA', 'ARSTAD', 'ASANE']);

    const arna = await measure('arna-aktiv');
    expect(arna.applicationRequired).toBe(false);
    expect(arna.sobrietyRule).toBe('NOT_INTOXICATED');
    expect(arna.citywide).toBe(true);

    const tidligUte = await measure('tidlig-ute');
    expect([tidligUte.ageMin, tidligUte.ageMax]).toEqual([15, 25]);
    expect(tidligUte.sourceNote).toMatch(/under 25/);

    const due = await measure('due-der-ungdom-er');
    expect([due.ageMin, due.ageMax]).toEqual([16, 23]);
    expect(due.hoursStatus).toBe('ALWAYS_OPEN');
    expect(due.openingHours).toHaveLength(0);
    expect(due.applicationRequired).toBe(true);

    for (const slug of ['mo-wergeland', 'mo-nesttun', 'mo-eidsvag', 'strax-huset']) {
      const mo = await measure(slug);
      expect(mo.referralRequired, slug).toBe(false);
      expect(mo.dropIn, slug).toBe(true);
    }
    expect((await measure('m31')).referralRequired).toBe(false);
    expect((await measure('gynekologisk-tilbud-kvinner-i-lar')).gender).toBe('WOMEN');
    expect((await measure('gynekologisk-tilbud-kvinner-i-lar')).openingHours.map((h) => h.weekday)).toEqual([5]);
    expect((await measure('dagsverket')).openingHours.map((h) => h.weekday).sort()).toEqual([2, 4]);
  });

  it('leaves facts the plans are silent about unknown (null), never "no"', async () => {
    const steg = await measure('steg-for-steg');
    expect(steg.referralRequired).toBeNull();
    expect(steg.applicationRequired).toBeNull();
    expect(steg.dropIn).toBeNull();
    expect(steg.sobrietyRule).toBeNull();
    expect(steg.ageMin).toBeNull();
    expect(steg.howToStart).toBeNull();
    expect(steg.hoursStatus).toBe('UNKNOWN');
    expect(steg.openingHours).toHaveLength(0);

    // No contact details anywhere, the plans give none; except Fritid med bistand's, where
    // every way in ends, which says it is demo data.
    expect(await db.prisma.provider.count({ where: { OR: [{ phone: { not: null } }, { email: { not: null } }, { website: { not: null } }] } })).toBe(0);
    const withContact = await db.prisma.measure.findMany({
      where: { OR: [{ contactPhone: { not: null } }, { contactEmail: { not: null } }, { website: { not: null } }] },
      select: { slug: true, contactName: true },
    });
    expect(withContact.map((m) => m.slug)).toEqual(['fritid-med-bistand']);
    expect(withContact[0]!.contactName).toMatch(/demodata/);
  });

  it('flags every placeholder: hours rows and addresses', async () => {
    const withRows = await db.prisma.measure.findMany({ where: { openingHours: { some: {} } } });
    expect(withRows.length).toBeGreaterThanOrEqual(12);
    for (const m of withRows) {
      expect(m.hoursPlaceholder, m.slug).toBe(true);
      expect(m.hoursStatus, m.slug).toBe('REGULAR');
      expect(m.sourceNote, m.slug).toMatch(/eksempeldata/);
    }
    // Without rows the hours are either unknown or a status that needs none (DUE: 24 h).
    const withoutRows = await db.prisma.measure.findMany({ where: { openingHours: { none: {} } } });
    for (const m of withoutRows) expect(['UNKNOWN', 'ALWAYS_OPEN'], m.slug).toContain(m.hoursStatus);

    // A weekly window after 16:00, one on a weekend, two windows on one day, a seasonal row.
    const rows = await db.prisma.openingHours.findMany();
    expect(rows.some((r) => r.closesAt > 16 * 60 || r.closesAt <= r.opensAt)).toBe(true);
    expect(rows.some((r) => r.weekday >= 6)).toBe(true);
    expect(rows.some((r) => r.validFrom !== null && r.validTo !== null)).toBe(true);
    const perDay = new Map<string, number>();
    for (const r of rows) perDay.set(`${r.measureId}:${r.weekday}`, (perDay.get(`${r.measureId}:${r.weekday}`) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(2);

    const christmas = await db.prisma.openingException.findMany({ where: { closed: true, startDate: new Date('2026-12-24') } });
    expect(christmas.length).toBeGreaterThan(0);

    const locations = await db.prisma.location.findMany({ include: { measure: true } });
    expect(locations.length).toBeGreaterThanOrEqual(8);
    // The plans give no street addresses, so every seeded address is flagged, except the one
    // public landmark they name (Brann stadion), whose address and coordinates are public.
    const confirmed = locations.filter((l) => !l.placeholder);
    expect(confirmed.map((l) => `${l.measure.slug}: ${l.name}`)).toEqual(['gatelaget-brann: Brann stadion']);
    expect(confirmed[0]).toMatchObject({ latitude: 60.3669, longitude: 5.3571 });
    for (const l of locations) {
      expect(l.measure.sourceNote, l.measure.slug).toMatch(l.placeholder ? /Adressen er eksempeldata/ : /Adressen er bekreftet/);
    }
  });

  it('publishes news from 2026 that link to seeded measures', async () => {
    const news = await db.prisma.newsItem.findMany({ include: { measure: true } });
    expect(news.length).toBeGreaterThanOrEqual(5);
    for (const n of news) {
      expect(n.publishedAt.getUTCFullYear()).toBe(2026);
      expect(n.body).toMatch(/bygger på Bergen kommunes planer/);
    }
    expect(news.filter((n) => n.measure !== null).length).toBeGreaterThanOrEqual(4);
  });

  it('gives the same rows when run again', async () => {
    const snapshot = async () => ({
      providers: await db.prisma.provider.count(),
      measures: await db.prisma.measure.count(),
      locations: await db.prisma.location.count(),
      openingHours: await db.prisma.openingHours.count(),
      exceptions: await db.prisma.openingException.count(),
      news: await db.prisma.newsItem.count(),
      facts: await db.prisma.measure.findMany({
        orderBy: { slug: 'asc' },
        select: { id: true, slug: true, name: true, referralRequired: true, ageMin: true, ageMax: true, hoursStatus: true, districts: true },
      }),
      hours: await db.prisma.openingHours.findMany({
        orderBy: [{ measure: { slug: 'asc' } }, { weekday: 'asc' }, { opensAt: 'asc' }],
        select: { measure: { select: { slug: true } }, weekday: true, opensAt: true, closesAt: true, validFrom: true, validTo: true },
      }),
    });
    const before = await snapshot();
    const counts = await seedDemoData(db.prisma);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(counts).toEqual({ providers: before.providers, measures: before.measures, news: before.news });
  });
});
