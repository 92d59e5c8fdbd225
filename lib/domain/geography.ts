// Where things are, for "sort by distance": one reference point per district (bydel), the
// great-circle distance, and the rounding that keeps a device's position coarse (about
// 1 km) before it leaves the browser. The SQL twin of `distanceKm` is in
// lib/data/catalogue-distance.ts and uses the same EARTH_RADIUS_KM.
import { District } from '@/lib/generated/prisma/enums';

export interface Position {
  latitude: number;
  longitude: number;
}

/**
 * A fixed reference point per district: the coordinates Wikipedia gives for each bydel
 * (the borough articles' infobox, rounded to 3 decimals, about 100 m; Arna's is given
 * there only to whole minutes). They are a district's nominal centre, not a
 * service office: distances "from Årstad" are from this point.
 */
export const DISTRICT_CENTRES: Record<District, Position> = {
  [District.ARNA]: { latitude: 60.417, longitude: 5.467 },
  [District.BERGENHUS]: { latitude: 60.4, longitude: 5.333 },
  [District.FANA]: { latitude: 60.311, longitude: 5.391 },
  [District.FYLLINGSDALEN]: { latitude: 60.349, longitude: 5.289 },
  [District.LAKSEVAG]: { latitude: 60.373, longitude: 5.24 },
  [District.YTREBYGDA]: { latitude: 60.292, longitude: 5.277 },
  [District.ARSTAD]: { latitude: 60.362, longitude: 5.356 },
  [District.ASANE]: { latitude: 60.464, longitude: 5.322 },
};

/** The mean Earth radius; the spherical model is off by under 0.5 %, far below 1 km here. */
export const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The grid a device's position is rounded to: 0.01° of latitude is 1.11 km everywhere;
 * a degree of longitude shrinks with cos(latitude), to 0.5 of its equator length at
 * 60°N, so steps of 0.02° of longitude are about 1.11 km in Bergen too.
 */
export const LATITUDE_STEP = 0.01;
export const LONGITUDE_STEP = 0.02;

const toStep = (value: number, step: number) => {
  const steps = Math.round(value / step);
  // Two decimals always suffice for these steps; toFixed removes float noise (5.319999…).
  return Number((steps * step).toFixed(2));
};

/** A position coarsened to the grid: what the browser sends and all the server ever uses. */
export function roundPosition(position: Position): Position {
  return { latitude: toStep(position.latitude, LATITUDE_STEP), longitude: toStep(position.longitude, LONGITUDE_STEP) };
}

/** Whether a position is already on the grid (a coarse position as the URL carries it). */
export function isRoundedPosition(position: Position): boolean {
  const rounded = roundPosition(position);
  return rounded.latitude === position.latitude && rounded.longitude === position.longitude;
}

/** The URL form of a rounded position: `60.39,5.32`. */
export function formatPosition(position: Position): string {
  const { latitude, longitude } = roundPosition(position);
  return `${latitude},${longitude}`;
}
