import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_QUERY, PAGE_SIZE, parseCatalogueQuery, type CatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue, type CatalogueItem, type MatchMode } from '@/lib/data/catalogue';
import { seedDemoData } from '@/lib/db/seed';
import { openingState } from '@/lib/domain/opening-hours';
import { osloToday } from '@/lib/domain/oslo-date';
import { databaseKinds, type TestDatabase } from '../helpers/db';

const q = (qs: string): CatalogueQuery => parseCatalogueQuery(new URLSearchParams(qs)).query;

describe.each(databaseKinds)('catalogue search on $kind', ({ create }) => {
  let db: TestDatabase;
  const search = async (qs: string, now = new Date(), mode: MatchMode = 'all') => searchCatalogue(q(qs), now, db.prisma, PAGE_SIZE, mode);
  /** Every result of a search through all its pages, in order. */
  const items = async (qs: string, now?: Date, mode: MatchMode = 'all') => {
    const all: CatalogueItem[] = [];
    for (let page = 1; ; page++) {
      const r = await search(`${qs}&page=${page}`, now, mode);
      all.push(...r.items);
      if (all.length >= r.total || r.items.length === 0) return all;
    }
  };
  /** The strict set: measures known to meet every filter (what the search gave before tiers). */
  const slugs = async (qs: string, now?: Date) => (await items(qs, now, 'exact')).map((i) => i.slug);
  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    // A draft must never show up anywhere in the catalogue.
    const provider = await db.prisma.provider.findFirstOrThrow();
    await db.prisma.measure.create({
      data: { slug: 'utkast', name: 'Treningsutkast', summary: 'Ikke publisert', kind: 'ACTIVITY', status: 'DRAFT', providerId: provider.id },
    });
  });
  afterAll(() => db?.close());

  it('lists every published measure, by name, in pages of 20', async () => {
    const published = await db.prisma.measure.count({ where: { status: 'PUBLISHED' } });
    const first = await search('');
    expect(first.total).toBe(published);
    expect(first.items).toHaveLength(Math.min(PAGE_SIZE, published));
    const all = await slugs('');
    expect(new Set(all).size).toBe(published);
    expect(all).not.toContain('utkast');
    const names = first.items.map((i) => i.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const beyond = await search('page=99');
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(published);
  });

  it('finds words by Norwegian stem and prefix, and tolerates typos', async () => {
    expect(await slugs('q=trening')).toContain('fritid-med-bistand');
    expect(await slugs('q=fotbal')).toContain('gatelaget-brann');
    expect(await slugs('q=fotbll')).toContain('gatelaget-brann');
    expect(await slugs('q=pårørende')).toContain('nalokson-opplaering');
    expect(await slugs('q=xyzzyqwv')).toEqual([]);
    const relevance = await search('q=gatelaget');
    expect(relevance.items[0]?.slug).toBe('gatelaget-brann');
  });

  it('treats SQL-looking and odd text as plain words', async () => {
    for (const text of ["' OR 1=1 --", "%'; DROP TABLE measure; --", '&&&|||!!!:*', '\u0000\u200b', 'ø'.repeat(200)]) {
      const r = await searchCatalogue({ ...EMPTY_QUERY, q: text, sort: 'relevance' }, new Date(), db.prisma);
      expect(r.total).toBeGreaterThanOrEqual(0);
    }
    expect(await db.prisma.measure.count()).toBeGreaterThan(25);
  });

  it('matches a district, and citywide measures in every district', async () => {
    const rows = await db.prisma.measure.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true, citywide: true, districts: true } });
    const citywide = rows.filter((r) => r.citywide).map((r) => r.slug);
    expect(citywide.length).toBeGreaterThan(0);
    for (const district of ['ARNA', 'FANA']) {
      const found = await slugs(`district=${district.toLowerCase()}`);
      const expected = rows.filter((r) => r.citywide || r.districts.includes(district as never)).map((r) => r.slug);
      expect(found.sort()).toEqual(expected.sort());
    }
  });

  it('matches an age inside a known range only; unknown never matches', async () => {
    expect(await slugs('age=20')).toContain('tidlig-ute');
    expect(await slugs('age=40')).not.toContain('tidlig-ute');
    const at40 = await db.prisma.measure.findMany({ where: { slug: { in: await slugs('age=40') } } });
    for (const m of at40) {
      expect(m.ageMin !== null || m.ageMax !== null).toBe(true);
      expect((m.ageMin ?? 0) <= 40 && (m.ageMax ?? 200) >= 40).toBe(true);
    }
  });

  it('requires a known "yes" for gender and entry criteria', async () => {
    const women = await db.prisma.measure.findMany({ where: { slug: { in: await slugs('gender=women') } } });
    expect(women.length).toBeGreaterThan(0);
    for (const m of women) expect(['ALL', 'WOMEN']).toContain(m.gender);
    const dropIn = await db.prisma.measure.findMany({ where: { slug: { in: await slugs('criteria=drop_in&criteria=no_referral') } } });
    expect(dropIn.length).toBeGreaterThan(0);
    for (const m of dropIn) {
      expect(m.dropIn).toBe(true);
      expect(m.referralRequired).toBe(false);
    }
  });

  it('matches every entry criterion, the sobriety rule and content categories on known values only', async () => {
    // Three measures that differ only in what is known: every fact "yes", every fact "no",
    // nothing known. Only the first may match a "yes" filter.
    const provider = await db.prisma.provider.findFirstOrThrow();
    const base = { kind: 'ACTIVITY' as const, status: 'PUBLISHED' as const, providerId: provider.id, summary: 'Testtiltak' };
    const yes = { referralRequired: false, applicationRequired: false, dropIn: true, anonymous: true, freeOfCharge: true, companionWelcome: true, wheelchairAccessible: true };
    const no = { referralRequired: true, applicationRequired: true, dropIn: false, anonymous: false, freeOfCharge: false, companionWelcome: false, wheelchairAccessible: false };
    const made = await Promise.all([
      db.prisma.measure.create({ data: { ...base, slug: 'krav-ja', name: 'Krav ja', ...yes, sobrietyRule: 'NOT_INTOXICATED', categories: ['MUSIC', 'OUTDOORS'] } }),
      db.prisma.measure.create({ data: { ...base, slug: 'krav-nei', name: 'Krav nei', ...no, sobrietyRule: 'DRUG_FREE', categories: ['COURSES'] } }),
      db.prisma.measure.create({ data: { ...base, slug: 'krav-ukjent', name: 'Krav ukjent' } }),
    ]);
    try {
      const columns = {
        no_referral: ['referralRequired', false],
        no_application: ['applicationRequired', false],
        drop_in: ['dropIn', true],
        anonymous: ['anonymous', true],
        free: ['freeOfCharge', true],
        companion: ['companionWelcome', true],
        wheelchair: ['wheelchairAccessible', true],
      } as const;
      for (const [criterion, [column, value]] of Object.entries(columns)) {
        const found = await slugs(`criteria=${criterion}`);
        expect(found, criterion).toContain('krav-ja');
        expect(found, criterion).not.toContain('krav-nei');
        expect(found, criterion).not.toContain('krav-ukjent');
        // And exactly the published measures where the fact is known to hold.
        const expected = await db.prisma.measure.findMany({ where: { status: 'PUBLISHED', [column]: value }, select: { slug: true } });
        expect(found.sort(), criterion).toEqual(expected.map((m) => m.slug).sort());
      }
      expect(await slugs('sobriety=not_intoxicated')).toContain('krav-ja');
      expect(await slugs('sobriety=not_intoxicated')).not.toContain('krav-ukjent');
      expect(await slugs('sobriety=drug_free')).toEqual(expect.arrayContaining(['krav-nei']));
      expect(await slugs('sobriety=drug_free')).not.toContain('krav-ja');
      // Several categories: any of them matches.
      const either = await slugs('category=courses&category=music');
      expect(either).toEqual(expect.arrayContaining(['krav-ja', 'krav-nei']));
      expect(either).not.toContain('krav-ukjent');
      expect(await slugs('category=outdoors')).not.toContain('krav-nei');
    } finally {
      await db.prisma.measure.deleteMany({ where: { id: { in: made.map((m) => m.id) } } });
    }
  });

  it('finds evening and weekend offers from their weekly hours', async () => {
    const evening = await db.prisma.measure.findMany({ where: { slug: { in: await slugs('evening=1') } }, include: { openingHours: true } });
    expect(evening.length).toBeGreaterThan(0);
    for (const m of evening) {
      expect(m.hoursStatus === 'ALWAYS_OPEN' || m.openingHours.some((h) => h.closesAt > 960 || h.closesAt <= h.opensAt)).toBe(true);
    }
    const weekend = await db.prisma.measure.findMany({ where: { slug: { in: await slugs('weekend=1') } }, include: { openingHours: true } });
    expect(weekend.length).toBeGreaterThan(0);
    for (const m of weekend) expect(m.hoursStatus === 'ALWAYS_OPEN' || m.openingHours.some((h) => h.weekday >= 6)).toBe(true);
    expect((await slugs('relatives=1')).length).toBeGreaterThanOrEqual(3);
    expect((await slugs('youth=1')).length).toBeGreaterThanOrEqual(3);
  });

  it('agrees with the result cards on "open now" and "open tonight" through a week, exceptions included', async () => {
    const measures = await db.prisma.measure.findMany({
      where: { status: 'PUBLISHED' },
      include: { openingHours: true, openingExceptions: true },
    });
    const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    const schedules = measures.map((m) => ({
      slug: m.slug,
      schedule: {
        hoursStatus: m.hoursStatus,
        windows: m.openingHours.map((h) => ({ ...h, validFrom: day(h.validFrom), validTo: day(h.validTo) })),
        exceptions: m.openingExceptions.map((e) => ({ ...e, startDate: day(e.startDate)!, endDate: day(e.endDate)! })),
      },
    }));
    // A week that includes Christmas Eve exceptions, every 90 minutes, plus minute edges.
    const moments: Date[] = [];
    for (let t = Date.parse('2026-12-21T00:15:00Z'); t < Date.parse('2026-12-28T00:00:00Z'); t += 90 * 60_000) moments.push(new Date(t));
    moments.push(new Date('2026-12-22T08:59:00Z'), new Date('2026-12-22T09:00:00Z'), new Date('2026-12-23T00:30:00Z'));
    let openSeen = 0;
    for (const now of moments) {
      const sql = (await slugs('open_now=1', now)).sort();
      const ts = schedules.filter((s) => ['open', 'always'].includes(openingState(s.schedule, now).kind)).map((s) => s.slug).sort();
      expect({ now: now.toISOString(), open: sql }).toEqual({ now: now.toISOString(), open: ts });
      openSeen += sql.length;
    }
    expect(openSeen).toBeGreaterThan(moments.length); // the week is not trivially all closed

    // "Open tonight": open at some minute from 16:00 (or now, if later) to midnight, by the
    // same rules the cards use. Checked in steps of five minutes (every window starts and
    // ends on one), mornings, afternoons and evenings of the same week.
    let tonightSeen = 0;
    for (let day = Date.parse('2026-12-21T00:00:00Z'); day < Date.parse('2026-12-28T00:00:00Z'); day += 86_400_000) {
      for (const hour of [9, 16.5, 19, 22.5]) {
        const now = new Date(day + (hour - 1) * 3_600_000); // Bergen is UTC+1 in December
        const { minutes } = osloToday(now);
        const later = (m: number) => new Date(now.getTime() + (m - minutes) * 60_000);
        const samples: Date[] = [];
        for (let m = Math.max(minutes, 16 * 60); m < 24 * 60; m += 5) samples.push(later(m));
        const ts = schedules.filter((s) => samples.some((t) => ['open', 'always'].includes(openingState(s.schedule, t).kind))).map((s) => s.slug).sort();
        const sql = (await slugs('tonight=1', now)).sort();
        expect({ now: now.toISOString(), tonight: sql }).toEqual({ now: now.toISOString(), tonight: ts });
        tonightSeen += sql.length;
      }
    }
    expect(tonightSeen).toBeGreaterThan(0);
  });

  it('combines filters and sorts by last update', async () => {
    const combined = await slugs('q=trening&district=arna&evening=1');
    const each = [await slugs('q=trening'), await slugs('district=arna'), await slugs('evening=1')];
    expect(combined.sort()).toEqual(each[0]!.filter((s) => each[1]!.includes(s) && each[2]!.includes(s)).sort());
    await db.prisma.measure.update({ where: { slug: 'lara' }, data: { summary: 'Oppdatert nå.' } });
    expect((await search('sort=updated')).items[0]?.slug).toBe('lara');
  });
});
