// How complete a measure's listing is, over the facts people filter on and act on: when it
// is open, where, for whom (age, gender, district or the whole city), what it takes to get
// in, how to start, and a phone or email. Four of these are facts of the public vocabulary
// (lib/catalogue/facts.ts) and are judged by the same rule as the public pages
// (lib/domain/unknown-facts.ts); the others only editors need named.
import { UNKNOWN_WHO_AND_WHEN, type FactFields, type WhoAndWhenFields } from './unknown-facts';
import { reachable } from './way-in';

export const COMPLETENESS_FACTS = ['hours', 'address', 'age', 'gender', 'district', 'entry', 'howToStart', 'contact'] as const;
export type CompletenessFact = (typeof COMPLETENESS_FACTS)[number];

export type CompletenessFields = WhoAndWhenFields & Pick<FactFields, 'referralRequired' | 'applicationRequired' | 'dropIn'> & {
  /** Whether any of its places has a street address. */
  hasAddress: boolean;
  howToStart: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  provider: { phone: string | null; email: string | null };
};

const blank = (v: string | null) => v === null || v.trim() === '';

/**
 * Whether a fact is missing. Entry criteria are known when the measure says whether it needs
 * a referral and an application, or that one can just turn up (drop-in needs neither). A
 * phone or email of its provider is a way to reach it too, as on the public page.
 */
const MISSING: Record<CompletenessFact, (m: CompletenessFields) => boolean> = {
  hours: UNKNOWN_WHO_AND_WHEN.hours,
  address: (m) => !m.hasAddress,
  age: UNKNOWN_WHO_AND_WHEN.age,
  gender: UNKNOWN_WHO_AND_WHEN.gender,
  district: UNKNOWN_WHO_AND_WHEN.district,
  entry: (m) => m.dropIn !== true && (m.referralRequired === null || m.applicationRequired === null),
  howToStart: (m) => blank(m.howToStart),
  contact: (m) =>
    !reachable({ phone: m.contactPhone, email: m.contactEmail, website: null }) &&
    !reachable({ phone: m.provider.phone, email: m.provider.email, website: null }),
};

/** The facts the measure leaves unknown, in the order above. */
export function missingFacts(m: CompletenessFields): CompletenessFact[] {
  return COMPLETENESS_FACTS.filter((fact) => MISSING[fact](m));
}

/** The share of the facts that are known, 0–1. */
export function completeness(m: CompletenessFields): number {
  return 1 - missingFacts(m).length / COMPLETENESS_FACTS.length;
}

/**
 * The form field (its path in the measure form) where an editor fills in a missing fact:
 * the dashboard links there. A measure without an address has its first place row empty
 * or spare, so that row's address is the field.
 */
export function factField(fact: CompletenessFact, m: Pick<CompletenessFields, 'referralRequired'>): string {
  switch (fact) {
    case 'hours':
      return 'hoursStatus';
    case 'address':
      return 'locations.0.address';
    case 'age':
      return 'ageMin';
    case 'gender':
      return 'gender';
    case 'district':
      return 'districts';
    case 'entry':
      return m.referralRequired === null ? 'referralRequired' : 'applicationRequired';
    case 'howToStart':
      return 'howToStart';
    case 'contact':
      return 'contactPhone';
  }
}
