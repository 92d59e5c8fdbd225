// Shapes of the demo data and small helpers to write it readably. The data itself lives
// in the sibling files; lib/db/seed.ts turns it into rows.
import type {
  ContentCategory,
  District,
  Gender,
  HoursStatus,
  MeasureKind,
  ProviderType,
  PublicationStatus,
  SobrietyRule,
  TargetGroup,
} from '../../lib/generated/prisma/enums';
import type { ProviderSlug } from './providers';

export interface SeedProvider {
  slug: string;
  name: string;
  type: ProviderType;
  description: string;
}

/** One weekly window; times are minutes after midnight, weekday 1 = Monday … 7 = Sunday. */
export interface SeedWindow {
  weekday: number;
  opensAt: number;
  closesAt: number;
  /** ISO dates (yyyy-mm-dd) bounding a seasonal row, inclusive. */
  validFrom?: string;
  validTo?: string;
}

export interface SeedException {
  startDate: string;
  endDate: string;
  closed: boolean;
  opensAt?: number;
  closesAt?: number;
  note: string;
}

export interface SeedHours {
  status: Exclude<HoursStatus, 'UNKNOWN'>;
  /** True when the times are made up for the demo rather than taken from the plans. */
  placeholder: boolean;
  weekly: SeedWindow[];
  exceptions?: SeedException[];
}

export interface SeedLocation {
  name: string | null;
  address: string;
  postcode: string;
  city: string;
  /** Null where even the inferred district is uncertain (e.g. Damsgårdsveien). */
  district: District | null;
  latitude: number;
  longitude: number;
  /**
   * True for a demo address: the plans give no street addresses. False only where the plans
   * name a public landmark whose address and coordinates are public (Brann stadion).
   */
  placeholder: boolean;
}

/**
 * Facts the plans may state. A key that is left out is stored as NULL ("unknown"), so
 * silence in the plans never turns into "no".
 */
export interface SeedFacts {
  citywide?: boolean;
  ageMin?: number;
  ageMax?: number;
  gender?: Gender;
  referralRequired?: boolean;
  referralFrom?: string;
  applicationRequired?: boolean;
  sobrietyRule?: SobrietyRule;
  dropIn?: boolean;
  anonymous?: boolean;
  freeOfCharge?: boolean;
  priceText?: string;
  companionWelcome?: boolean;
  wheelchairAccessible?: boolean;
  howToStart?: string;
}

export interface SeedMeasure extends SeedFacts {
  slug: string;
  providerSlug: ProviderSlug;
  name: string;
  summary: string;
  description: string | null;
  kind: MeasureKind;
  categories: ContentCategory[];
  /** Empty when the plans name no district (the column is a list, so empty = unknown). */
  districts: District[];
  targetGroups: TargetGroup[];
  /** Plan references (file:lines, see shared/domain/measures-in-bergen-plans.md). */
  sourceNote: string;
  /** Defaults to PUBLISHED. */
  status?: PublicationStatus;
  /** Announced in the plans but not started yet; labelled as planned and listed last. */
  planned?: boolean;
  /** Takes requests to be contacted (mailed to the contact email, else Fritid med bistand's). */
  acceptsContactRequests?: boolean;
  /** Left out: hours unknown (UNKNOWN, no rows). */
  hours?: SeedHours;
  locations?: SeedLocation[];
  /** Contact details; left out (unknown) unless a source gives them. */
  contact?: { name?: string; phone?: string; email?: string; website?: string };
}

/** A measure's texts in Nynorsk or English: the same texts as its Bokmål original has. */
export interface SeedTexts {
  name: string;
  summary: string;
  description?: string;
  howToStart?: string;
}

export interface SeedMeasureTranslation {
  nn: SeedTexts;
  en: SeedTexts;
}

/** A news item's title and body in Nynorsk and English. */
export interface SeedNewsTranslation {
  nn: { title: string; body: string };
  en: { title: string; body: string };
}

/** A provider's description in Nynorsk and English (its name is not translated). */
export interface SeedProviderTranslation {
  nn: { description: string };
  en: { description: string };
}

export interface SeedNewsItem {
  slug: string;
  title: string;
  body: string;
  /** ISO date (yyyy-mm-dd). */
  publishedAt: string;
  measureSlug?: string;
}

/** "17:30" → 1050. Keeps the data files readable while the schema stores minutes. */
export function time(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`Bad time "${hhmm}", expected HH:MM`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 1440 || Number(match[2]) > 59) throw new Error(`Bad time "${hhmm}"`);
  return minutes;
}

/** The same window on several weekdays. */
export function windows(
  weekdays: number[],
  opens: string,
  closes: string,
  season?: { validFrom: string; validTo: string },
): SeedWindow[] {
  return weekdays.map((weekday) => ({ weekday, opensAt: time(opens), closesAt: time(closes), ...season }));
}

export const WEEKDAYS = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

// Said in the sourceNote of every measure with made-up hours or address, so editors know
// what to confirm with the provider first.
export const HOURS_PLACEHOLDER = 'Åpningstidene er eksempeldata for demoen, ikke bekreftet av tilbyder.';
export const ADDRESS_PLACEHOLDER = 'Adressen er eksempeldata for demoen, ikke bekreftet av tilbyder.';
