// Published measures as Open Referral HSDS 3 (Human Services Data Specification): a
// provider is an `organization`, a measure a `service`, its places `location`s linked by
// `service_at_location`, its opening hours `schedule`s (RFC 5545 rules), and its entry
// criteria, audience, content and districts `attribute`s with terms from a small local
// taxonomy (TAXONOMY_TERMS in hsds-taxonomy.ts). Field names are HSDS's own; the unit test checks them
// against the official schema's property names (tests/fixtures/hsds-3-fields.json).
// Pure functions: the data comes from lib/data/open-data.ts, URLs from the caller.
import en from '@/messages/en.json';
import type { OpenLocation, OpenMeasure, OpenProvider } from '@/lib/data/open-data';
import { serviceSchedules, type HsdsSchedule } from './hsds-schedules';
import { attribute, derivedId, serviceAttributes, type HsdsAttribute } from './hsds-taxonomy';

export * from './hsds-schedules';
export * from './hsds-taxonomy';

export const HSDS_VERSION = '3.0';
const E = en.Enums;

// ---------------------------------------------------------------------------------------
// Locations.

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  postal_code: string;
  state_province: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string | null;
  description: string | null;
  latitude: number | null;
  longitude: number | null;
  addresses: HsdsAddress[];
}

export function hsdsLocation(l: OpenLocation, organizationId: string): HsdsLocation {
  // HSDS requires street, postcode and city in an address; with any unknown there is none.
  const address: HsdsAddress[] =
    l.address && l.postcode && l.city
      ? [{ id: derivedId(`address:${l.id}`), location_id: l.id, address_1: l.address, city: l.city, postal_code: l.postcode, state_province: 'Vestland', country: 'NO', address_type: 'physical' }]
      : [];
  return {
    id: l.id,
    location_type: 'physical',
    organization_id: organizationId,
    name: l.name,
    description: l.placeholder ? 'Example address (demo data), not yet confirmed by the provider.' : null,
    latitude: l.latitude,
    longitude: l.longitude,
    addresses: address,
  };
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description: string | null;
  location: HsdsLocation;
}

// ---------------------------------------------------------------------------------------
// Organizations and services.

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
  description: string | null;
}

export interface HsdsContact {
  id: string;
  service_id: string;
  name: string;
  email: string | null;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  email: string | null;
  website: string | null;
  phones: HsdsPhone[];
  attributes: HsdsAttribute[];
}

export function hsdsOrganization(p: OpenProvider): HsdsOrganization {
  return {
    id: p.id,
    name: p.name,
    alternate_name: null,
    // Required by HSDS; an empty text says "no description" without inventing one.
    description: p.description ?? '',
    email: p.email,
    website: p.website,
    phones: p.phone ? [{ id: derivedId(`phone:${p.id}`), organization_id: p.id, number: p.phone, description: null }] : [],
    attributes: [attribute('organization', p.id, `provider_type:${p.type.toLowerCase()}`, null)],
  };
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string;
  email: string | null;
  status: 'active';
  application_process: string | null;
  fees_description: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: string | null;
  last_modified: string;
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  service_at_locations: HsdsServiceAtLocation[];
  attributes: HsdsAttribute[];
  organization?: HsdsOrganization;
}

/** Known entry facts in one sentence each, in English; null when none is known. */
export function eligibilityDescription(m: OpenMeasure): string | null {
  const parts: string[] = [];
  if (m.ageMin !== null && m.ageMax !== null) parts.push(`Age ${m.ageMin}–${m.ageMax}.`);
  else if (m.ageMin !== null) parts.push(`From age ${m.ageMin}.`);
  else if (m.ageMax !== null) parts.push(`Up to age ${m.ageMax}.`);
  if (m.gender === 'WOMEN') parts.push('For women.');
  if (m.gender === 'MEN') parts.push('For men.');
  if (m.targetGroups.length) parts.push(`For: ${m.targetGroups.map((g) => E.TargetGroup[g].toLowerCase()).join('; ')}.`);
  if (m.referralRequired === true) parts.push(m.referralFrom ? `Referral required (from: ${m.referralFrom}).` : 'Referral required.');
  if (m.referralRequired === false) parts.push('No referral needed.');
  if (m.applicationRequired === true) parts.push('Application required.');
  if (m.sobrietyRule) parts.push(`Sobriety rule: ${E.SobrietyRule[m.sobrietyRule].toLowerCase()}.`);
  return parts.length ? parts.join(' ') : null;
}

/**
 * A measure as an HSDS service with its schedules, locations and attributes nested.
 * `pageUrl` is its page on this site, the service's `url` when it has no website of its own.
 */
export function hsdsService(m: OpenMeasure, pageUrl: string): HsdsService {
  return {
    id: m.id,
    organization_id: m.provider.id,
    name: m.name,
    alternate_name: m.translations.en.name,
    description: m.description ? `${m.summary}\n\n${m.description}` : m.summary,
    url: m.website ?? pageUrl,
    email: m.contactEmail,
    status: 'active',
    application_process: m.howToStart,
    fees_description: m.priceText ?? (m.freeOfCharge === true ? 'Free of charge.' : null),
    eligibility_description: eligibilityDescription(m),
    minimum_age: m.ageMin,
    maximum_age: m.ageMax,
    assured_date: m.lastVerifiedAt,
    last_modified: m.updatedAt,
    phones: m.contactPhone
      ? [{ id: derivedId(`phone:${m.id}`), service_id: m.id, number: m.contactPhone, description: m.contactName }]
      : [],
    contacts: m.contactName ? [{ id: derivedId(`contact:${m.id}`), service_id: m.id, name: m.contactName, email: m.contactEmail }] : [],
    schedules: serviceSchedules(m),
    service_at_locations: m.locations.map((l) => ({
      id: derivedId(`service_at_location:${m.id}:${l.id}`),
      service_id: m.id,
      location_id: l.id,
      description: null,
      location: hsdsLocation(l, m.provider.id),
    })),
    attributes: serviceAttributes(m),
  };
}

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** HSDS 3's paged list. `size` is the page size asked for; `empty` whether this page has nothing. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: perPage,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
