import { describe, expect, it } from 'vitest';
import type { OpenMeasure, OpenProvider } from '@/lib/data/open-data';
import { derivedId, hsdsOrganization, hsdsPage, hsdsService, serviceAttributes, serviceSchedules, TAXONOMY_TERMS } from '@/lib/open-data/hsds';
import { hsdsExport } from '@/lib/open-data/hsds-export';
import spec from '../fixtures/hsds-3-fields.json';

// The HSDS mapping against the official field names (tests/fixtures/hsds-3-fields.json,
// copied from the Open Referral specification): every key we write must be an HSDS field
// of its table, and every required field must be there.

type Table = keyof typeof spec.tables;
/** Which table a nested key's objects belong to. */
const NESTED: Record<string, Table> = {
  phones: 'phone',
  contacts: 'contact',
  schedules: 'schedule',
  service_at_locations: 'service_at_location',
  attributes: 'attribute',
  organization: 'organization',
  location: 'location',
  addresses: 'address',
  taxonomy_term: 'taxonomy_term',
  // GET /organizations/{id} nests the organization's services, as HSDS's API does.
  services: 'service',
};

function fieldProblems(table: Table, value: Record<string, unknown>, path = table as string): string[] {
  const { fields, required } = spec.tables[table];
  const problems: string[] = [];
  for (const key of required) if (value[key] === undefined || value[key] === null) problems.push(`${path}.${key} is required`);
  for (const [key, v] of Object.entries(value)) {
    if (!fields.includes(key) && !(table === 'organization' && key === 'services')) problems.push(`${path}.${key} is not an HSDS field`);
    const nested = NESTED[key];
    if (!nested || v === null || v === undefined) continue;
    const items = Array.isArray(v) ? v : [v];
    items.forEach((item, i) => problems.push(...fieldProblems(nested, item as Record<string, unknown>, `${path}.${key}[${i}]`)));
  }
  const enums = (spec.tables[table] as { enums?: Record<string, string[]> }).enums ?? {};
  for (const [key, allowed] of Object.entries(enums)) {
    if (value[key] != null && !allowed.includes(String(value[key]))) problems.push(`${path}.${key} = ${String(value[key])}`);
  }
  return problems;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const texts = { name: null, summary: null, description: null, howToStart: null };

function measure(overrides: Partial<OpenMeasure> = {}): OpenMeasure {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    slug: 'mo-test',
    name: 'MO-test',
    summary: 'Et lavterskeltilbud.',
    description: 'Mer om tilbudet.',
    howToStart: 'Kom innom.',
    translations: { nn: texts, en: { ...texts, name: 'MO test centre' } },
    kind: 'LOW_THRESHOLD_CENTRE',
    categories: ['SOCIAL_MEETING_PLACE', 'HEALTH_CARE'],
    districts: ['ARSTAD'],
    citywide: null,
    planned: false,
    acceptsContactRequests: false,
    ageMin: 18,
    ageMax: null,
    gender: 'ALL',
    targetGroups: ['USERS'],
    referralRequired: false,
    referralFrom: null,
    applicationRequired: null,
    sobrietyRule: 'NOT_INTOXICATED',
    dropIn: true,
    anonymous: null,
    freeOfCharge: true,
    priceText: null,
    companionWelcome: null,
    wheelchairAccessible: false,
    contactName: 'Kari',
    contactPhone: '55 00 00 00',
    contactEmail: 'post@example.org',
    website: null,
    hoursStatus: 'REGULAR',
    hoursPlaceholder: false,
    lastVerifiedAt: '2026-10-01',
    updatedAt: '2026-11-01T10:00:00.000Z',
    provider: { id: '22222222-2222-4222-8222-222222222222', slug: 'bergen-kommune', name: 'Bergen kommune', type: 'MUNICIPAL', phone: null, email: null, website: null },
    locations: [
      { id: '33333333-3333-4333-8333-333333333333', name: 'Senteret', address: 'Gata 1', postcode: '5054', city: 'Bergen', district: 'ARSTAD', latitude: 60.37, longitude: 5.34, placeholder: false },
      { id: '44444444-4444-4444-8444-444444444444', name: 'Uteplassen', address: null, postcode: null, city: 'Bergen', district: null, latitude: null, longitude: null, placeholder: true },
    ],
    openingHours: [
      { id: '55555555-5555-4555-8555-555555555555', weekday: 1, opensAt: 540, closesAt: 900, validFrom: null, validTo: null },
      { id: '66666666-6666-4666-8666-666666666666', weekday: 6, opensAt: 1020, closesAt: 120, validFrom: '2026-06-01', validTo: '2026-08-31' },
    ],
    exceptions: [
      { id: '77777777-7777-4777-8777-777777777777', startDate: '2026-12-24', endDate: '2026-12-26', closed: true, opensAt: null, closesAt: null, note: 'Jul' },
      { id: '88888888-8888-4888-8888-888888888888', startDate: '2026-12-31', endDate: '2026-12-31', closed: false, opensAt: 600, closesAt: 1080, note: null },
    ],
    ...overrides,
  };
}

const provider: OpenProvider = {
  id: '22222222-2222-4222-8222-222222222222',
  slug: 'bergen-kommune',
  name: 'Bergen kommune',
  type: 'MUNICIPAL',
  description: null,
  translations: { nn: { description: null }, en: { description: null } },
  phone: '55 56 55 56',
  email: null,
  website: 'https://www.bergen.kommune.no',
  updatedAt: '2026-11-01T10:00:00.000Z',
  measureCount: 1,
};

describe('HSDS mapping', () => {
  it('writes only HSDS field names, with every required field, for services and organizations', () => {
    const service = { ...hsdsService(measure(), 'https://example.org/tiltak/mo-test'), organization: hsdsOrganization(provider) };
    expect(fieldProblems('service', service)).toEqual([]);
    expect(fieldProblems('organization', { ...hsdsOrganization(provider), services: [service] })).toEqual([]);
    // The check itself catches a misspelt or missing field.
    expect(fieldProblems('service', { ...service, eligibility: 'x', status: undefined })).toEqual([
      'service.status is required',
      'service.eligibility is not an HSDS field',
    ]);
  });

  it('maps the service fields', () => {
    const s = hsdsService(measure(), 'https://example.org/tiltak/mo-test');
    expect(s).toMatchObject({
      id: measure().id,
      organization_id: provider.id,
      name: 'MO-test',
      alternate_name: 'MO test centre',
      description: 'Et lavterskeltilbud.\n\nMer om tilbudet.',
      url: 'https://example.org/tiltak/mo-test',
      email: 'post@example.org',
      status: 'active',
      application_process: 'Kom innom.',
      fees_description: 'Free of charge.',
      minimum_age: 18,
      maximum_age: null,
      assured_date: '2026-10-01',
      last_modified: '2026-11-01T10:00:00.000Z',
    });
    expect(s.eligibility_description).toBe(
      'From age 18. For: people who have or have had substance-use problems. No referral needed. Sobriety rule: not intoxicated while taking part.',
    );
    expect(hsdsService(measure({ website: 'https://tilbud.example' }), 'x').url).toBe('https://tilbud.example');
    expect(s.phones).toEqual([{ id: expect.stringMatching(UUID), service_id: s.id, number: '55 00 00 00', description: 'Kari' }]);
  });

  it('turns weekly hours into RFC 5545 weekly schedules and exceptions into dated ones', () => {
    const [monday, saturday, christmas, newYear] = serviceSchedules(measure());
    expect(monday).toMatchObject({ freq: 'WEEKLY', wkst: 'MO', byday: 'MO', opens_at: '09:00', closes_at: '15:00', valid_from: null, description: null });
    expect(monday!.notes).toMatch(/Europe\/Oslo/);
    expect(saturday).toMatchObject({ byday: 'SA', opens_at: '17:00', closes_at: '02:00', valid_from: '2026-06-01', valid_to: '2026-08-31' });
    expect(saturday!.description).toBe('Closes the next day at 02:00.');
    expect(christmas).toMatchObject({ freq: null, opens_at: null, closes_at: null, valid_from: '2026-12-24', valid_to: '2026-12-26', description: 'Closed: Jul' });
    expect(newYear).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '10:00', closes_at: '18:00', valid_from: '2026-12-31', valid_to: '2026-12-31' });
    expect(serviceSchedules(measure()).every((s) => s.service_id === measure().id)).toBe(true);
  });

  it('says nothing about unknown hours, and marks demo hours as such', () => {
    expect(serviceSchedules(measure({ hoursStatus: 'UNKNOWN' }))).toEqual([]);
    const always = serviceSchedules(measure({ hoursStatus: 'ALWAYS_OPEN', exceptions: [] }));
    expect(always).toEqual([expect.objectContaining({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' })]);
    const appointment = serviceSchedules(measure({ hoursStatus: 'BY_APPOINTMENT', openingHours: [], exceptions: [] }));
    expect(appointment).toEqual([expect.objectContaining({ freq: null, description: 'By appointment.' })]);
    expect(serviceSchedules(measure({ hoursPlaceholder: true }))[0]!.notes).toMatch(/demo data/);
  });

  it('gives known facts as attributes of the local taxonomy, and unknown ones none', () => {
    const attrs = serviceAttributes(measure());
    const byCode = Object.fromEntries(attrs.map((a) => [a.taxonomy_term.code, a.value]));
    expect(byCode).toEqual({
      referral_required: 'false',
      drop_in: 'true',
      free_of_charge: 'true',
      wheelchair_accessible: 'false',
      sobriety_rule: 'not_intoxicated',
      gender: 'all',
      'target_group:users': null,
      'kind:low_threshold_centre': null,
      'category:social_meeting_place': null,
      'category:health_care': null,
      'district:arstad': null,
    });
    for (const a of attrs) {
      expect(a).toMatchObject({ link_id: measure().id, link_entity: 'service', taxonomy_term_id: a.taxonomy_term.id });
      expect(a.id).toMatch(UUID);
      expect(a.taxonomy_term).toMatchObject({ taxonomy: 'ettervern-bergen', name: expect.any(String), description: expect.any(String) });
    }
    expect(new Set(attrs.map((a) => a.id)).size).toBe(attrs.length);
    // Stable: the same fact of the same measure keeps its id across exports.
    expect(serviceAttributes(measure()).map((a) => a.id)).toEqual(attrs.map((a) => a.id));
    expect(new Set(TAXONOMY_TERMS.map((t) => t.code)).size).toBe(TAXONOMY_TERMS.length);
  });

  it('gives an address only when street, postcode and city are known, and marks demo addresses', () => {
    const [known, partial] = hsdsService(measure(), 'x').service_at_locations;
    expect(known!.location.addresses).toEqual([
      expect.objectContaining({ address_1: 'Gata 1', postal_code: '5054', city: 'Bergen', country: 'NO', address_type: 'physical', location_id: known!.location_id }),
    ]);
    expect(known!.location.description).toBeNull();
    expect(partial!.location.addresses).toEqual([]);
    expect(partial!.location.description).toMatch(/demo data/);
  });

  it('makes version-5-shaped, stable, distinct ids', () => {
    expect(derivedId('a')).toMatch(UUID);
    expect(derivedId('a')).toBe(derivedId('a'));
    expect(derivedId('a')).not.toBe(derivedId('b'));
  });

  it('pages as HSDS 3 does', () => {
    expect(hsdsPage(['a', 'b'], 5, 1, 2)).toEqual({
      total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: ['a', 'b'],
    });
    expect(hsdsPage([], 5, 4, 2)).toMatchObject({ last_page: true, empty: true, first_page: false });
    expect(hsdsPage([], 0, 1, 20)).toMatchObject({ total_pages: 1, first_page: true, last_page: true, empty: true });
  });

  it('exports flat HSDS tables whose rows link up', () => {
    const doc = hsdsExport([measure()], [provider], (slug) => `https://example.org/tiltak/${slug}`);
    const tables: [keyof typeof doc, Table][] = [
      ['organizations', 'organization'], ['services', 'service'], ['locations', 'location'], ['addresses', 'address'],
      ['service_at_locations', 'service_at_location'], ['schedules', 'schedule'], ['phones', 'phone'], ['contacts', 'contact'],
      ['attributes', 'attribute'], ['taxonomy_terms', 'taxonomy_term'], ['taxonomies', 'taxonomy'],
    ];
    for (const [key, table] of tables) {
      for (const row of doc[key] as Record<string, unknown>[]) {
        expect(fieldProblems(table, row)).toEqual([]);
        // Flat: no nested objects or arrays in a table row.
        expect(Object.values(row).some((v) => typeof v === 'object' && v !== null)).toBe(false);
      }
    }
    expect(doc.schedules).toHaveLength(4);
    expect(doc.locations).toHaveLength(2);
    expect(doc.addresses).toHaveLength(1);
    expect(doc.attributes.filter((a) => a.link_entity === 'organization')).toHaveLength(1);
  });
});
