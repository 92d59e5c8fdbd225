import 'server-only';
import type { Origin } from '@/lib/catalogue/query';
import { DISTRICT_CENTRES, EARTH_RADIUS_KM, type Position } from '@/lib/domain/geography';
import { Prisma } from '@/lib/generated/prisma/client';

// The catalogue search's distance column, kept apart from its filters and order
// (lib/data/catalogue.ts) so the two can change independently. It is a correlated
// sub-select in the same statement as the page's rows: no extra round trip.

/** The origin's point: a district's reference point, or the (already rounded) position. */
export function originPosition(origin: Origin): Position {
  return 'district' in origin ? DISTRICT_CENTRES[origin.district] : origin.position;
}

/**
 * Kilometres from the origin to the measure's (m) nearest confirmed location, or NULL when
 * it has none: a demo placeholder address or a location without coordinates does not
 * count, and a measure without locations (e.g. citywide with no address) has no distance.
 * The haversine formula, as distanceKm in lib/domain/geography.ts.
 */
export function distanceSql(origin: Origin | undefined): Prisma.Sql {
  if (!origin) return Prisma.sql`NULL::float8`;
  const { latitude, longitude } = originPosition(origin);
  const lat = Prisma.sql`${latitude}::float8`;
  const lon = Prisma.sql`${longitude}::float8`;
  return Prisma.sql`(SELECT min(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
      power(sin(radians(l.latitude - ${lat}) / 2), 2)
      + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lon}) / 2), 2)))))
    FROM location l
    WHERE l.measure_id = m.id AND NOT l.placeholder AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL)`;
}
