// Which of a measure's facts are not known. Unknown is never "no": a page shows the facts it
// has and names the missing ones once, in a single line or note (components/measures/missing-facts).
import { orderFacts, type Fact } from '@/lib/catalogue/facts';

/** The columns a measure states its facts in; null (or an empty list) means not stated. */
export interface FactFields {
  ageMin: number | null;
  ageMax: number | null;
  gender: string | null;
  districts: readonly string[];
  citywide: boolean | null;
  referralRequired: boolean | null;
  applicationRequired: boolean | null;
  dropIn: boolean | null;
  anonymous: boolean | null;
  freeOfCharge: boolean | null;
  priceText: string | null;
  companionWelcome: boolean | null;
  wheelchairAccessible: boolean | null;
  sobrietyRule: string | null;
  targetGroups: readonly string[];
  hoursStatus: string;
}

/** Who and when: the rules of these facts read only these columns (the admin's completeness uses them too). */
export type WhoAndWhenFields = Pick<FactFields, 'ageMin' | 'ageMax' | 'gender' | 'districts' | 'citywide' | 'hoursStatus'>;
export const UNKNOWN_WHO_AND_WHEN = {
  age: (m: WhoAndWhenFields) => m.ageMin === null && m.ageMax === null,
  gender: (m: WhoAndWhenFields) => m.gender === null,
  // Citywide measures are for everyone, wherever they are held.
  district: (m: WhoAndWhenFields) => m.districts.length === 0 && m.citywide !== true,
  hours: (m: WhoAndWhenFields) => m.hoursStatus === 'UNKNOWN',
} as const satisfies Partial<Record<Fact, (m: WhoAndWhenFields) => boolean>>;

const UNKNOWN: { [F in Fact]: (m: FactFields) => boolean } = {
  ...UNKNOWN_WHO_AND_WHEN,
  referral: (m) => m.referralRequired === null,
  application: (m) => m.applicationRequired === null,
  dropIn: (m) => m.dropIn === null,
  anonymous: (m) => m.anonymous === null,
  // A price in words ("50 kr for lunsj") says enough even without the yes/no.
  price: (m) => m.freeOfCharge === null && !m.priceText,
  companion: (m) => m.companionWelcome === null,
  wheelchair: (m) => m.wheelchairAccessible === null,
  sobriety: (m) => m.sobrietyRule === null,
  targetGroups: (m) => m.targetGroups.length === 0,
};

/** Every fact the measure leaves unknown, in the canonical order. */
export function unknownFacts(m: FactFields): Fact[] {
  return orderFacts((Object.keys(UNKNOWN) as Fact[]).filter((f) => UNKNOWN[f](m)));
}

/** What a result card shows: age, gender, where, how to start and the hours. */
export type CardFactFields = Pick<FactFields, 'ageMin' | 'ageMax' | 'gender' | 'districts' | 'citywide' | 'dropIn' | 'referralRequired' | 'hoursStatus'>;

/**
 * The facts a result card would show but cannot. Its "start" line reads "drop-in" when that
 * is known to hold, so the referral is only missing when neither is known.
 */
export function unknownCardFacts(m: CardFactFields): Fact[] {
  const missing: Fact[] = [];
  if (m.ageMin === null && m.ageMax === null) missing.push('age');
  if (m.gender === null) missing.push('gender');
  if (m.districts.length === 0 && m.citywide !== true) missing.push('district');
  if (m.dropIn !== true && m.referralRequired === null) missing.push('referral');
  if (m.hoursStatus === 'UNKNOWN') missing.push('hours');
  return orderFacts(missing);
}
