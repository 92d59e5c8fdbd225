// The facts a measure may leave unknown, under one name each. The finder reports which of
// them kept a result from being an exact match, the cards and the measure page name the
// ones that are missing, and the error-report form is opened with them; all use these keys.
import type { Criterion, Toggle } from './query';

export const FACTS = [
  'age',
  'gender',
  'district',
  'referral',
  'application',
  'dropIn',
  'anonymous',
  'price',
  'companion',
  'wheelchair',
  'sobriety',
  'targetGroups',
  'hours',
] as const;
export type Fact = (typeof FACTS)[number];

/** The fact each entry criterion of the finder depends on. */
export const CRITERION_FACT: Record<Criterion, Fact> = {
  no_referral: 'referral',
  no_application: 'application',
  drop_in: 'dropIn',
  anonymous: 'anonymous',
  free: 'price',
  companion: 'companion',
  wheelchair: 'wheelchair',
};

/** The fact each toggle of the finder depends on. */
export const TOGGLE_FACT: Record<Toggle, Fact> = {
  evening: 'hours',
  weekend: 'hours',
  open_now: 'hours',
  tonight: 'hours',
  relatives: 'targetGroups',
  youth: 'targetGroups',
};

/** Facts in their canonical order, each once (for stable messages and URLs). */
export function orderFacts(facts: Iterable<Fact>): Fact[] {
  const set = new Set(facts);
  return FACTS.filter((f) => set.has(f));
}
