// A large, made-up catalogue for benchmarks (search, filters, map) — never demo content.
// Deterministic: the same seed gives the same names, slugs and facts, so timings can be
// compared between runs. Every slug starts with `syn-`, which is how a new run finds and
// replaces the previous synthetic catalogue without touching real data.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { District, HoursStatus, ProviderType, SobrietyRule, TargetGroup } from '../generated/prisma/enums';
import { ACTIVITIES, DESCRIPTION_PARTS, DISTRICTS, GOALS, PROVIDER_WORDS, QUALIFIERS } from './synthetic-words';

export const SYNTHETIC_PREFIX = 'syn-';
const BATCH_SIZE = 1000;

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  /** A fact that is unknown (null) with probability pNull, else true/false evenly. */
  const maybe = (pNull: number): boolean | null => (chance(pNull) ? null : chance(0.5));
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, maybe, sample };
}
type Random = ReturnType<typeof createRandom>;

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (n: number) => String(n).padStart(6, '0');
const PROVIDER_TYPES: ProviderType[] = ['MUNICIPAL', 'NAV', 'NON_PROFIT', 'VOLUNTARY', 'USER_ORGANISATION', 'PRIVATE', 'STATE'];
const SOBRIETY: SobrietyRule[] = ['NONE', 'NOT_INTOXICATED', 'DRUG_FREE'];

function makeProviders(rnd: Random, count: number): Prisma.ProviderCreateManyInput[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${rnd.pick(PROVIDER_WORDS)} ${rnd.pick(DISTRICTS).places[0]}`;
    return {
      id: randomUUID(),
      slug: `${SYNTHETIC_PREFIX}p-${pad(i + 1)}-${slugify(name)}`,
      name,
      type: rnd.pick(PROVIDER_TYPES),
      description: `Syntetisk tilbyder for ytelsestester (${name}).`,
    };
  });
}

interface MeasureRows {
  measure: Prisma.MeasureCreateManyInput;
  locations: Prisma.LocationCreateManyInput[];
  hours: Prisma.OpeningHoursCreateManyInput[];
}

function weeklyHours(rnd: Random, measureId: string): Prisma.OpeningHoursCreateManyInput[] {
  const rows: Prisma.OpeningHoursCreateManyInput[] = [];
  const add = (days: number[], opensAt: number, closesAt: number) =>
    days.forEach((weekday) => rows.push({ measureId, weekday, opensAt, closesAt }));
  const start = rnd.pick([480, 540, 600, 660]);
  add(rnd.sample([1, 2, 3, 4, 5], rnd.int(1, 5)), start, start + rnd.pick([180, 240, 300, 360]));
  // The plans stress evening and weekend; give a good share of measures both.
  if (rnd.chance(0.35)) add(rnd.sample([1, 2, 3, 4, 5], rnd.int(1, 2)), rnd.pick([960, 1020, 1080]), rnd.pick([1200, 1260, 1320]));
  if (rnd.chance(0.25)) add(rnd.sample([6, 7], rnd.int(1, 2)), rnd.pick([600, 660, 720]), rnd.pick([900, 960, 1020]));
  return rows;
}

function makeMeasure(rnd: Random, index: number, providerIds: string[]): MeasureRows {
  const id = randomUUID();
  const activity = rnd.pick(ACTIVITIES);
  const home = rnd.pick(DISTRICTS);
  const place = rnd.pick(home.places);
  const qualifier = rnd.chance(0.35) ? rnd.pick(QUALIFIERS) : null;
  const name = [activity.word, place, qualifier?.text].filter(Boolean).join(' ');

  const targetGroups = new Set<TargetGroup>(qualifier?.targetGroup ? [qualifier.targetGroup] : ['USERS']);
  if (activity.kind === 'FOR_RELATIVES') targetGroups.add('RELATIVES');
  if (activity.kind === 'YOUTH_FOLLOW_UP') targetGroups.add('YOUNG_PEOPLE');

  let ageMin: number | null = null;
  let ageMax: number | null = null;
  if (targetGroups.has('YOUNG_PEOPLE')) {
    ageMin = rnd.pick([13, 15, 16, 18]);
    ageMax = rnd.pick([23, 25, 30]);
  } else if (rnd.chance(0.4)) {
    ageMin = rnd.chance(0.7) ? rnd.pick([16, 18, 20, 25]) : null;
    ageMax = rnd.chance(0.3) ? rnd.pick([30, 40, 67]) : null;
  }

  const districts: District[] = rnd.chance(0.15) ? [] : [home.district, ...(rnd.chance(0.15) ? [rnd.pick(DISTRICTS).district] : [])];
  const hasHours = rnd.chance(0.7);
  const hoursStatus: HoursStatus = hasHours ? 'REGULAR' : rnd.pick<HoursStatus>(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'BY_APPOINTMENT', 'ALWAYS_OPEN']);
  const hours = hasHours ? weeklyHours(rnd, id) : [];

  const locations: Prisma.LocationCreateManyInput[] = Array.from({ length: rnd.pick([0, 1, 1, 1, 2]) }, (_, position) => {
    const district = position === 0 ? home : rnd.pick(DISTRICTS);
    return {
      measureId: id,
      position,
      name: position === 0 ? name : `${activity.word} ${district.places[0]}`,
      address: `${rnd.pick(district.streets)} ${rnd.int(1, 120)}`,
      postcode: rnd.pick(district.postcodes),
      city: 'Bergen',
      district: district.district,
      latitude: Number((district.lat + (rnd.next() - 0.5) * 0.02).toFixed(5)),
      longitude: Number((district.lon + (rnd.next() - 0.5) * 0.04).toFixed(5)),
      placeholder: true,
    };
  });

  const description = [
    `${activity.word} i ${place} er et tilbud for deg som vil ${rnd.pick(GOALS)}.`,
    ...rnd.sample(DESCRIPTION_PARTS, rnd.int(2, 3)),
    'Dette er syntetiske testdata.',
  ].join(' ');

  return {
    measure: {
      id,
      slug: `${SYNTHETIC_PREFIX}${pad(index + 1)}-${slugify(name)}`,
      name,
      summary: `${activity.word} i ${place} for deg som vil ${rnd.pick(GOALS)}.`,
      description,
      kind: activity.kind,
      categories: activity.categories,
      districts,
      citywide: rnd.chance(0.3) ? null : rnd.chance(0.3),
      ageMin,
      ageMax,
      gender: qualifier?.gender ?? (rnd.chance(0.5) ? null : 'ALL'),
      targetGroups: [...targetGroups],
      referralRequired: rnd.maybe(0.5),
      referralFrom: null,
      applicationRequired: rnd.maybe(0.5),
      sobrietyRule: rnd.chance(0.4) ? null : rnd.pick(SOBRIETY),
      dropIn: rnd.maybe(0.4),
      anonymous: rnd.maybe(0.7),
      freeOfCharge: rnd.maybe(0.4),
      companionWelcome: rnd.maybe(0.6),
      wheelchairAccessible: rnd.maybe(0.6),
      howToStart: rnd.chance(0.5) ? null : 'Ta kontakt eller kom innom i åpningstiden.',
      hoursStatus,
      hoursPlaceholder: hours.length > 0,
      sourceNote: 'Syntetiske testdata (db:synthetic).',
      status: 'PUBLISHED',
      providerId: rnd.pick(providerIds),
    },
    locations,
    hours,
  };
}

export interface SyntheticResult {
  providers: number;
  measures: number;
  locations: number;
  openingHours: number;
}

/**
 * Replaces any earlier synthetic catalogue with `count` published measures. Not one
 * transaction: a 200 000-row run would hold it for minutes, and a half-done run is
 * cleaned up by simply running again.
 */
export async function generateSyntheticCatalogue(
  prisma: PrismaClient,
  { count, seed = 1 }: { count: number; seed?: number },
): Promise<SyntheticResult> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
  const rnd = createRandom(seed);

  await prisma.measure.deleteMany({ where: { slug: { startsWith: SYNTHETIC_PREFIX } } });
  await prisma.provider.deleteMany({ where: { slug: { startsWith: SYNTHETIC_PREFIX } } });

  const providers = makeProviders(rnd, Math.max(1, Math.ceil(count / 20)));
  for (let i = 0; i < providers.length; i += BATCH_SIZE) {
    await prisma.provider.createMany({ data: providers.slice(i, i + BATCH_SIZE) });
  }
  const providerIds = providers.map((p) => p.id!);

  const result: SyntheticResult = { providers: providers.length, measures: 0, locations: 0, openingHours: 0 };
  for (let start = 0; start < count; start += BATCH_SIZE) {
    const batch = Array.from({ length: Math.min(BATCH_SIZE, count - start) }, (_, i) => makeMeasure(rnd, start + i, providerIds));
    const locations = batch.flatMap((b) => b.locations);
    const hours = batch.flatMap((b) => b.hours);
    await prisma.measure.createMany({ data: batch.map((b) => b.measure) });
    await prisma.location.createMany({ data: locations });
    await prisma.openingHours.createMany({ data: hours });
    result.measures += batch.length;
    result.locations += locations.length;
    result.openingHours += hours.length;
  }
  return result;
}
