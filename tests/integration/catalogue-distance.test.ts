// Sorting the catalogue by distance ("near"): known distances first and nearest first within
// each tier, unknown ones after them; placeholder addresses, locations without coordinates
// and measures without any location have no distance; a measure's nearest confirmed
// location counts. The SQL distance agrees with lib/domain/geography.ts.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as measuresRoute } from '@/app/api/v1/measures/route';
import { parseCatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import type { Database } from '@/lib/db/connection';
import { DISTRICT_CENTRES, distanceKm, type Position } from '@/lib/domain/geography';
import { databaseKinds, type TestDatabase } from '../helpers/db';

const ARSTAD = DISTRICT_CENTRES.ARSTAD;
/** A point `km` north of Årstad's reference point (a degree of latitude is ~111.2 km). */
const north = (km: number): Position => ({ latitude: ARSTAD.latitude + km / 111.195, longitude: ARSTAD.longitude });

type Place = { at: Position | null; placeholder?: boolean };
interface Fixture {
  slug: string;
  /** Age unknown: a "Kan passe" result when the search asks for an age. */
  possible?: boolean;
  citywide?: boolean;
  places: Place[];
  /** The expected distance from Årstad's point, or null for unknown. */
  km: number | null;
}

// Names are the slugs, so the order among unknown distances (by name) is known too.
const FIXTURES: Fixture[] = [
  { slug: 'd-one-km', places: [{ at: north(1) }], km: 1 },
  // The placeholder right at the centre is not counted: 5 km.
  { slug: 'b-five-km', places: [{ at: north(0.1), placeholder: true }, { at: north(5) }], km: 5 },
  // The nearest of two confirmed locations counts.
  { slug: 'c-nearest-of-two', places: [{ at: north(8) }, { at: north(3) }], km: 3 },
  { slug: 'a-placeholder-only', places: [{ at: north(0.2), placeholder: true }], km: null },
  { slug: 'e-citywide-no-address', citywide: true, places: [], km: null },
  { slug: 'f-no-coordinates', places: [{ at: null }], km: null },
  { slug: 'g-possible-half-km', possible: true, places: [{ at: north(0.5) }], km: 0.5 },
  { slug: 'h-possible-placeholder', possible: true, places: [{ at: north(0.3), placeholder: true }], km: null },
  { slug: 'i-possible-two-km', possible: true, places: [{ at: north(2) }], km: 2 },
];

describe.each(databaseKinds)('sorting by distance on $kind', ({ create }) => {
  let db: TestDatabase;
  const globals = globalThis as unknown as { ettervernDb?: Database };
  const search = (qs: string) => searchCatalogue(parseCatalogueQuery(new URLSearchParams(qs)).query, new Date(), db.prisma);

  beforeAll(async () => {
    db = await create();
    globals.ettervernDb = db;
    const provider = await db.prisma.provider.create({ data: { slug: 'kommunen', name: 'Kommunen', type: 'MUNICIPAL' } });
    for (const f of FIXTURES) {
      await db.prisma.measure.create({
        data: {
          slug: f.slug,
          name: f.slug,
          summary: 'Test',
          kind: 'ACTIVITY',
          status: 'PUBLISHED',
          providerId: provider.id,
          citywide: f.citywide ?? null,
          ...(f.possible ? {} : { ageMin: 18, ageMax: 67 }),
          locations: {
            create: f.places.map((p, position) => ({
              address: `Gate ${position + 1}`,
              city: 'Bergen',
              latitude: p.at?.latitude ?? null,
              longitude: p.at?.longitude ?? null,
              placeholder: p.placeholder ?? false,
              position,
            })),
          },
        },
      });
    }
  });
  afterAll(async () => {
    delete globals.ettervernDb;
    await db?.close();
  });

  const expectedOrder = (tier: Fixture[]) => [
    ...tier.filter((f) => f.km !== null).sort((a, b) => a.km! - b.km!),
    ...tier.filter((f) => f.km === null).sort((a, b) => a.slug.localeCompare(b.slug)),
  ];

  it('sorts known distances first, nearest first, within each tier; unknown and placeholder ones after', async () => {
    const result = await search('near=arstad&age=30');
    const exact = FIXTURES.filter((f) => !f.possible);
    const possible = FIXTURES.filter((f) => f.possible);
    expect(result.items.map((i) => i.slug)).toEqual([...expectedOrder(exact), ...expectedOrder(possible)].map((f) => f.slug));
    expect(result.items.map((i) => i.match)).toEqual([...exact.map(() => 'exact'), ...possible.map(() => 'possible')]);
    for (const item of result.items) {
      const f = FIXTURES.find((x) => x.slug === item.slug)!;
      if (f.km === null) expect(item.distanceKm, f.slug).toBeNull();
      else expect(item.distanceKm, f.slug).toBeCloseTo(f.km, 2);
    }
  });

  it('measures in SQL exactly as the domain function does, from a district or a rounded position', async () => {
    const origin = { latitude: 60.38, longitude: 5.34 };
    for (const [qs, from] of [['near=arstad', ARSTAD], ['near=60.38,5.34', origin]] as const) {
      const { items } = await search(qs);
      for (const item of items) {
        const f = FIXTURES.find((x) => x.slug === item.slug)!;
        const confirmed = f.places.filter((p) => p.at && !p.placeholder).map((p) => distanceKm(from, p.at!));
        if (confirmed.length === 0) expect(item.distanceKm, `${qs} ${f.slug}`).toBeNull();
        else expect(item.distanceKm, `${qs} ${f.slug}`).toBeCloseTo(Math.min(...confirmed), 6);
      }
      const known = items.filter((i) => i.distanceKm !== null).map((i) => i.distanceKm!);
      expect(known).toEqual([...known].sort((a, b) => a - b));
    }
  });

  it('keeps another order when asked, with the distances still given; none without an origin', async () => {
    const byName = await search('near=arstad&sort=name');
    expect(byName.items.map((i) => i.slug)).toEqual(FIXTURES.map((f) => f.slug).sort());
    expect(byName.items.find((i) => i.slug === 'd-one-km')?.distanceKm).toBeCloseTo(1, 2);
    const none = await search('sort=distance');
    expect(none.items.map((i) => i.slug)).toEqual(FIXTURES.map((f) => f.slug).sort());
    expect(none.items.every((i) => i.distanceKm === null)).toBe(true);
  });

  it('the API takes the same near parameter, in the same order, and refuses a precise position', async () => {
    const call = (qs: string) => measuresRoute(new Request(`http://localhost:3000/api/v1/measures?${qs}`));
    const response = await call('near=arstad&age=30&per_page=100');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { slug: string; distanceKm: number | null }[] };
    expect(body.data.map((d) => d.slug)).toEqual((await search('near=arstad&age=30')).items.map((i) => i.slug));
    expect(body.data.map((d) => d.distanceKm)).toEqual([1, 3, 5, null, null, null, 0.5, 2, null]);
    const plain = (await (await call('per_page=100')).json()) as { data: object[] };
    expect(plain.data.every((d) => !('distanceKm' in d))).toBe(true);
    // A position is never written to the log, also not when it is refused.
    const logged: unknown[][] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args)));
    try {
      expect((await call('near=60.38,5.34')).status).toBe(200);
      expect((await call('near=60.3812,5.3421')).status).toBe(400);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(JSON.stringify(logged)).not.toMatch(/60\.38|5\.34/);
    for (const bad of ['near=60.3912,5.3221', 'near=60.39,5.33', 'sort=distance']) {
      const refused = await call(bad);
      expect(refused.status, bad).toBe(400);
      const errors = JSON.stringify(await refused.json());
      expect(errors, bad).toMatch(/near|sort/);
    }
  });
});
