import { describe, expect, it } from 'vitest';
import { parseCarriedSearch, parseCatalogueQuery, toSearchParams, withoutPosition } from '@/lib/catalogue/query';
import { DISTRICT_CENTRES, distanceKm, formatPosition, isRoundedPosition, roundPosition } from '@/lib/domain/geography';
import { District } from '@/lib/generated/prisma/enums';
import { parseMeasureListParams } from '@/lib/validation/api-query';

const parse = (qs: string) => parseCatalogueQuery(new URLSearchParams(qs));

describe('distanceKm', () => {
  it('gives the great-circle distance in kilometres', () => {
    const bergen = { latitude: 60.3913, longitude: 5.3221 };
    const oslo = { latitude: 59.9139, longitude: 10.7522 };
    // Bergen–Oslo is about 305 km as the crow flies.
    expect(distanceKm(bergen, oslo)).toBeGreaterThan(303);
    expect(distanceKm(bergen, oslo)).toBeLessThan(307);
    expect(distanceKm(bergen, oslo)).toBeCloseTo(distanceKm(oslo, bergen), 9);
    expect(distanceKm(bergen, bergen)).toBe(0);
    // A hundredth of a degree of latitude is 1.11 km; of longitude at 60°N, half that.
    expect(distanceKm({ latitude: 60, longitude: 5 }, { latitude: 60.01, longitude: 5 })).toBeCloseTo(1.112, 3);
    expect(distanceKm({ latitude: 60, longitude: 5 }, { latitude: 60, longitude: 5.01 })).toBeCloseTo(0.556, 3);
  });

  it('has a reference point for each of the eight districts, inside Bergen', () => {
    expect(Object.keys(DISTRICT_CENTRES).sort()).toEqual(Object.values(District).sort());
    const centre = { latitude: 60.3913, longitude: 5.3221 };
    for (const [district, point] of Object.entries(DISTRICT_CENTRES)) expect(distanceKm(centre, point), district).toBeLessThan(15);
  });
});

describe('roundPosition', () => {
  it('coarsens a position to a grid of about 1 km in Bergen', () => {
    expect(roundPosition({ latitude: 60.39132, longitude: 5.32214 })).toEqual({ latitude: 60.39, longitude: 5.32 });
    expect(roundPosition({ latitude: 60.3951, longitude: 5.3312 })).toEqual({ latitude: 60.4, longitude: 5.34 });
    expect(roundPosition({ latitude: -33.8688, longitude: -151.2093 })).toEqual({ latitude: -33.87, longitude: -151.2 });
    // Neighbouring grid points are about 1.1 km apart both ways at 60°N.
    const step = (a: [number, number], b: [number, number]) => distanceKm({ latitude: a[0], longitude: a[1] }, { latitude: b[0], longitude: b[1] });
    expect(step([60.39, 5.32], [60.4, 5.32])).toBeCloseTo(1.11, 1);
    expect(step([60.39, 5.32], [60.39, 5.34])).toBeCloseTo(1.1, 1);
    // No point is moved more than ~0.8 km (half a diagonal).
    for (let i = 0; i < 200; i++) {
      const p = { latitude: 60.3 + Math.random() * 0.2, longitude: 5.2 + Math.random() * 0.3 };
      expect(distanceKm(p, roundPosition(p))).toBeLessThan(0.8);
    }
  });

  it('writes and recognizes the URL form', () => {
    expect(formatPosition({ latitude: 60.39132, longitude: 5.32214 })).toBe('60.39,5.32');
    expect(isRoundedPosition({ latitude: 60.39, longitude: 5.32 })).toBe(true);
    expect(isRoundedPosition({ latitude: 60.391, longitude: 5.32 })).toBe(false);
    expect(isRoundedPosition({ latitude: 60.39, longitude: 5.33 })).toBe(false);
  });
});

describe('the near parameter', () => {
  it('takes a district or a rounded position, and then sorts by distance unless told otherwise', () => {
    expect(parse('near=arstad')).toEqual({ query: expect.objectContaining({ near: { district: 'ARSTAD' }, sort: 'distance' }), problems: [] });
    expect(parse('near=60.39,5.32&q=trening').query).toMatchObject({ near: { position: { latitude: 60.39, longitude: 5.32 } }, sort: 'distance' });
    expect(parse('near=arstad&sort=name').query).toMatchObject({ near: { district: 'ARSTAD' }, sort: 'name' });
  });

  it('drops a precise or malformed position, and distance with nothing to measure from, saying so', () => {
    for (const qs of ['near=60.3913,5.3221', 'near=60.39,5.33', 'near=mars', 'near=91,5.32', 'near=60.39']) {
      const { query, problems } = parse(qs);
      expect(query.near, qs).toBeUndefined();
      expect(problems, qs).toEqual([{ param: 'near', kind: 'invalid' }]);
    }
    expect(parse('sort=distance')).toEqual({ query: expect.objectContaining({ sort: 'name' }), problems: [{ param: 'sort', kind: 'invalid' }] });
  });

  it('round-trips through the canonical URL, the API and a carried search', () => {
    for (const qs of ['near=arstad', 'near=60.39%2C5.32', 'near=fana&sort=updated&q=jobb']) {
      const { query } = parse(qs);
      expect(parse(toSearchParams(query).toString()).query, qs).toEqual(query);
      expect(parseMeasureListParams(new URLSearchParams(qs)), qs).toMatchObject({ ok: true, value: { query } });
    }
    expect(toSearchParams(parse('near=arstad').query).toString()).toBe('near=arstad');
    expect(parseMeasureListParams(new URLSearchParams('near=60.3913,5.3221'))).toMatchObject({ ok: false, issues: [{ parameter: 'near' }] });
    expect(parseMeasureListParams(new URLSearchParams('sort=distance'))).toMatchObject({ ok: false, issues: [{ parameter: 'sort' }] });
  });

  it('leaves a device position behind when a link leaves the catalogue, keeping a district', () => {
    const position = parse('near=60.39,5.32&kind=activity').query;
    expect(withoutPosition(position)).toEqual({ ...position, near: undefined, sort: 'name' });
    expect(toSearchParams(withoutPosition(position)).toString()).toBe('kind=activity');
    expect(toSearchParams(withoutPosition(parse('near=60.39,5.32&sort=updated').query)).toString()).toBe('sort=updated');
    const district = parse('near=asane').query;
    expect(withoutPosition(district)).toBe(district);
    expect(parseCarriedSearch('near=asane')).toMatchObject({ near: { district: 'ASANE' } });
  });
});
