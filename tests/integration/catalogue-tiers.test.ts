import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as measuresRoute } from '@/app/api/v1/measures/route';
import { orderFacts, type Fact } from '@/lib/catalogue/facts';
import { activeFilters, PAGE_SIZE, parseCatalogueQuery, type CatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue, type CatalogueItem, type MatchMode } from '@/lib/data/catalogue';
import type { Database } from '@/lib/db/connection';
import { seedDemoData } from '@/lib/db/seed';
import type { Measure } from '@/lib/generated/prisma/client';
import { databaseKinds, type TestDatabase } from '../helpers/db';

// The catalogue's two tiers on the demo data: exact matches (every chosen filter known to
// hold), then "Kan passe" (none known to fail, some fact not given), against a verdict
// worked out here from the measures' own columns.
const q = (qs: string): CatalogueQuery => parseCatalogueQuery(new URLSearchParams(qs)).query;

type Verdict = 'holds' | 'fails' | 'unknown';
/** Three-valued verdicts for the filters these tests use, straight from a measure's columns. */
function verdicts(m: Measure, query: CatalogueQuery): [Fact, Verdict][] {
  const out: [Fact, Verdict][] = [];
  const known = <T,>(value: T | null, holds: (v: T) => boolean): Verdict => (value === null ? 'unknown' : holds(value) ? 'holds' : 'fails');
  if (query.age !== null) {
    const age = query.age;
    out.push(['age', m.ageMin === null && m.ageMax === null ? 'unknown' : (m.ageMin ?? 0) <= age && (m.ageMax ?? 200) >= age ? 'holds' : 'fails']);
  }
  if (query.gender) out.push(['gender', known(m.gender, (g) => g === 'ALL' || g === (query.gender === 'men' ? 'MEN' : 'WOMEN'))]);
  if (query.districts.length) {
    out.push(['district', m.citywide ? 'holds' : m.districts.some((d) => query.districts.includes(d)) ? 'holds' : m.districts.length === 0 ? 'unknown' : 'fails']);
  }
  for (const c of query.criteria) {
    if (c === 'no_referral') out.push(['referral', known(m.referralRequired, (v) => v === false)]);
    if (c === 'drop_in') out.push(['dropIn', known(m.dropIn, (v) => v)]);
  }
  if (query.sobriety) out.push(['sobriety', known(m.sobrietyRule, (v) => v === query.sobriety)]);
  if (query.toggles.includes('youth')) {
    out.push(['targetGroups', m.targetGroups.includes('YOUNG_PEOPLE') || m.kind === 'YOUTH_FOLLOW_UP' ? 'holds' : m.targetGroups.length === 0 ? 'unknown' : 'fails']);
  }
  return out;
}

describe.each(databaseKinds)('catalogue tiers on $kind', ({ create }) => {
  let db: TestDatabase;
  const globals = globalThis as unknown as { ettervernDb?: Database };
  const search = (qs: string, { now = new Date(), mode = 'all' as MatchMode, pageSize = PAGE_SIZE, page = 1 } = {}) =>
    searchCatalogue({ ...q(qs), page }, now, db.prisma, pageSize, mode);
  const items = async (qs: string, options: { now?: Date; mode?: MatchMode; pageSize?: number } = {}) => {
    const all: CatalogueItem[] = [];
    for (let page = 1; ; page++) {
      const r = await search(qs, { ...options, page });
      all.push(...r.items);
      if (all.length >= r.total || r.items.length === 0) return all;
    }
  };
  const slugsOf = (list: CatalogueItem[]) => list.map((i) => i.slug);

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    globals.ettervernDb = db;
  });
  afterAll(async () => {
    delete globals.ettervernDb;
    await db?.close();
  });

  it.each(['age=24&gender=men&criteria=no_referral', 'district=arna&sobriety=not_intoxicated&youth=1&criteria=drop_in'])(
    'splits %s into exact and possible matches, naming the unknown facts, and misses no strict match',
    async (qs) => {
      const query = q(qs);
      const measures = await db.prisma.measure.findMany({ where: { status: 'PUBLISHED' } });
      const expected = new Map<string, { match: 'exact' | 'possible'; unknown: Fact[] }>();
      for (const m of measures) {
        const v = verdicts(m, query);
        if (v.some(([, x]) => x === 'fails')) continue;
        const unknown = orderFacts(v.filter(([, x]) => x === 'unknown').map(([f]) => f));
        expected.set(m.slug, { match: unknown.length ? 'possible' : 'exact', unknown });
      }
      const found = await items(qs);
      expect(new Map(found.map((i) => [i.slug, { match: i.match, unknown: i.unknown }]))).toEqual(expected);
      const first = await search(qs);
      const exact = found.filter((i) => i.match === 'exact');
      expect(first.exactTotal).toBe(exact.length);
      expect(first.possibleTotal).toBe(found.length - exact.length);
      expect(first.total).toBe(found.length);
      expect(first.possibleTotal).toBeGreaterThan(0);
      // The exact tier is the old strict set, and the strict set is all exact.
      const strict = await items(qs, { mode: 'exact' });
      expect(slugsOf(strict).sort()).toEqual(slugsOf(exact).sort());
      expect(strict.every((i) => i.match === 'exact' && i.unknown.length === 0)).toBe(true);
    },
  );

  it('age 24 + men + no referral: measures without known age and gender may fit, saying so', async () => {
    const found = await items('age=24&gender=men&criteria=no_referral');
    const possible = found.filter((i) => i.match === 'possible');
    expect(possible.length).toBeGreaterThan(5);
    expect(possible.some((i) => i.unknown.includes('age') && i.unknown.includes('gender'))).toBe(true);
    // Never a measure known to require a referral, or known to be for women only.
    const rows = await db.prisma.measure.findMany({ where: { slug: { in: slugsOf(found) } } });
    for (const m of rows) {
      expect(m.referralRequired).not.toBe(true);
      expect(m.gender).not.toBe('WOMEN');
    }
  });

  it('"open tonight" in Årstad lists Strax-huset (open till 02:00, no district given) as a possible match', async () => {
    const now = new Date('2026-12-22T18:00:00Z'); // a Tuesday, 19:00 in Bergen
    const found = await items('tonight=1&district=arstad', { now });
    const strax = found.find((i) => i.slug === 'strax-huset');
    expect(strax).toMatchObject({ match: 'possible', unknown: ['district'] });
    expect(slugsOf(await items('tonight=1&district=arstad', { now, mode: 'exact' }))).not.toContain('strax-huset');
    // At 08:00 on the same day it is still open tonight; a measure with unknown hours may fit too.
    const hoursUnknown = await db.prisma.measure.findFirst({ where: { status: 'PUBLISHED', hoursStatus: 'UNKNOWN', citywide: true } });
    if (hoursUnknown) {
      const tonight = await items('tonight=1', { now });
      expect(tonight.find((i) => i.slug === hoursUnknown.slug)).toMatchObject({ match: 'possible', unknown: ['hours'] });
    }
  });

  it('orders exact matches first, then possible ones, planned measures last within each tier, then by name', async () => {
    const qs = 'age=24';
    const before = await items(qs);
    const exact = before.filter((i) => i.match === 'exact');
    const possible = before.filter((i) => i.match === 'possible');
    expect(exact.length).toBeGreaterThan(0);
    expect(possible.length).toBeGreaterThan(2);
    // Mark the first of each tier (by name) as planned: each must move to its tier's end,
    // behind or among those the demo data already marks as planned.
    const marked = [exact[0]!.slug, possible[0]!.slug];
    await db.prisma.measure.updateMany({ where: { slug: { in: marked } }, data: { planned: true } });
    const planned = (await db.prisma.measure.findMany({ where: { planned: true }, select: { slug: true } })).map((m) => m.slug);
    try {
      const found = await items(qs);
      const tiers = found.map((i) => i.match);
      expect(tiers).toEqual([...tiers].sort()); // 'exact' < 'possible'
      for (const tier of ['exact', 'possible'] as const) {
        const inTier = found.filter((i) => i.match === tier);
        const names = (list: CatalogueItem[]) => list.map((i) => i.name.toLowerCase());
        const running = inTier.filter((i) => !planned.includes(i.slug));
        expect(names(running)).toEqual([...names(running)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(planned).toContain(inTier.at(-1)!.slug);
      }
    } finally {
      await db.prisma.measure.updateMany({ where: { slug: { in: marked } }, data: { planned: false } });
    }
  });

  it('pages through exact matches first, then possible ones, across the tier boundary', async () => {
    const qs = 'age=24';
    const whole = await search(qs, { pageSize: 100 });
    expect(whole.items.length).toBe(whole.total);
    for (const pageSize of [1, 2, 3, 7]) {
      const paged = await items(qs, { pageSize });
      expect(slugsOf(paged), `pages of ${pageSize}`).toEqual(slugsOf(whole.items));
    }
    // The page holding the boundary has the last exact and the first possible match.
    const boundary = whole.exactTotal;
    expect(boundary).toBeGreaterThan(0);
    const page = Math.floor(boundary / 3) + 1;
    const r = await search(qs, { pageSize: 3, page });
    expect(r.items.map((i) => i.match)).toContain('possible');
    expect(r.exactTotal).toBe(whole.exactTotal);
    expect(r.possibleTotal).toBe(whole.possibleTotal);
  });

  it('keeps the words required in both tiers', async () => {
    const words = new Set(slugsOf(await items('q=trening')));
    expect(words.size).toBeGreaterThan(0);
    const found = await items('q=trening&age=24&gender=men');
    expect(found.some((i) => i.match === 'possible')).toBe(true);
    for (const i of found) expect(words).toContain(i.slug);
    expect(await items('q=xyzzyqwv&age=24')).toEqual([]);
  });

  it('when both tiers are empty, says what dropping each filter would give', async () => {
    for (const qs of ['kind=low_threshold_centre&category=music&gender=men', 'q=fotball&kind=low_threshold_centre&age=24', 'district=arna&kind=activity&kind=work&relatives=1&category=music']) {
      const r = await search(qs);
      expect(r.total, qs).toBe(0);
      const filters = activeFilters(q(qs));
      expect(r.relaxations.map((x) => x.filter), qs).toEqual(filters.map((f) => f.key));
      for (const f of filters) {
        const without = await searchCatalogue(f.without, new Date(), db.prisma);
        expect(r.relaxations.find((x) => x.filter === f.key)?.total, `${qs} without ${f.key}`).toBe(without.total);
      }
      expect(r.relaxations.some((x) => x.total > 0), qs).toBe(true);
    }
    // Not computed when something is found.
    expect((await search('gender=men')).relaxations).toEqual([]);
  });

  it('the API marks each measure exact or possible, and match=exact gives the strict set', async () => {
    const qs = 'age=24&gender=men&criteria=no_referral&per_page=100';
    const call = async (query: string) => {
      const response = await measuresRoute(new Request(`http://localhost:3000/api/v1/measures?${query}`));
      return { status: response.status, body: await response.json() };
    };
    const both = await call(qs);
    expect(both.status).toBe(200);
    const data = both.body.data as { slug: string; match: string; unknownFacts: string[] }[];
    expect(data.map((d) => d.slug)).toEqual(slugsOf(await items(qs)));
    expect(data.some((d) => d.match === 'possible' && d.unknownFacts.includes('age'))).toBe(true);
    expect(data.filter((d) => d.match === 'exact').every((d) => d.unknownFacts.length === 0)).toBe(true);
    const exact = await call(`${qs}&match=exact`);
    const strict = slugsOf(await items('age=24&gender=men&criteria=no_referral', { mode: 'exact' }));
    expect((exact.body.data as { slug: string }[]).map((d) => d.slug)).toEqual(strict);
    expect(exact.body.meta.total).toBe(strict.length);
    expect(exact.body.meta.total).toBeLessThan(both.body.meta.total);
    expect((await call('match=maybe')).status).toBe(400);
  });
});
