import { describe, expect, it } from 'vitest';
import { COMPLETENESS_FACTS, completeness, factField, missingFacts, type CompletenessFields } from '@/lib/domain/completeness';
import { unknownFacts, type FactFields } from '@/lib/domain/unknown-facts';

const empty: CompletenessFields = {
  ageMin: null,
  ageMax: null,
  gender: null,
  districts: [],
  citywide: null,
  referralRequired: null,
  applicationRequired: null,
  dropIn: null,
  hoursStatus: 'UNKNOWN',
  hasAddress: false,
  howToStart: null,
  contactPhone: null,
  contactEmail: null,
  provider: { phone: null, email: null },
};

const full: CompletenessFields = {
  ...empty,
  ageMin: 18,
  gender: 'ALL',
  districts: ['FANA'],
  referralRequired: false,
  applicationRequired: false,
  hoursStatus: 'REGULAR',
  hasAddress: true,
  howToStart: 'Møt opp.',
  contactPhone: '55 55 55 55',
};

describe('completeness', () => {
  it('names every fact of an empty measure, in order, and counts it as 0', () => {
    expect(missingFacts(empty)).toEqual(['hours', 'address', 'age', 'gender', 'district', 'entry', 'howToStart', 'contact']);
    expect(completeness(empty)).toBe(0);
  });

  it('counts a measure giving every fact as complete', () => {
    expect(missingFacts(full)).toEqual([]);
    expect(completeness(full)).toBe(1);
  });

  it('gives the share of facts known', () => {
    expect(completeness({ ...full, gender: null, hasAddress: false })).toBe(6 / 8);
  });

  it('judges age, gender, district and hours as the public pages do', () => {
    // Same rule as unknownFacts: one age bound is enough, citywide counts as a district answer.
    const base = { ...full, anonymous: null, freeOfCharge: null, priceText: null, companionWelcome: null, wheelchairAccessible: null, sobrietyRule: null, targetGroups: [] } satisfies FactFields & CompletenessFields;
    for (const change of [{ ageMin: null }, { ageMax: 30, ageMin: null }, { districts: [], citywide: true }, { districts: [], citywide: false }, { hoursStatus: 'UNKNOWN' }, { gender: null }]) {
      const m = { ...base, ...change };
      const shared = ['age', 'gender', 'district', 'hours'] as const;
      expect(missingFacts(m).filter((f) => (shared as readonly string[]).includes(f)).sort()).toEqual(unknownFacts(m).filter((f) => (shared as readonly string[]).includes(f)).sort());
    }
    expect(missingFacts({ ...full, districts: [], citywide: true })).toEqual([]);
    expect(missingFacts({ ...full, districts: [], citywide: false })).toEqual(['district']);
  });

  it('knows the entry criteria from referral and application, or from drop-in', () => {
    expect(missingFacts({ ...full, applicationRequired: null })).toEqual(['entry']);
    expect(missingFacts({ ...full, referralRequired: null })).toEqual(['entry']);
    expect(missingFacts({ ...full, referralRequired: null, applicationRequired: null, dropIn: true })).toEqual([]);
    expect(missingFacts({ ...full, referralRequired: null, applicationRequired: null, dropIn: false })).toEqual(['entry']);
  });

  it('takes the provider phone or email as a contact, but not a web address or blank text', () => {
    expect(missingFacts({ ...full, contactPhone: null, provider: { phone: null, email: 'post@x.no' } })).toEqual([]);
    expect(missingFacts({ ...full, contactPhone: '  ', contactEmail: '', provider: { phone: ' ', email: null } })).toEqual(['contact']);
    expect(missingFacts({ ...full, howToStart: '   ' })).toEqual(['howToStart']);
  });

  it('points each fact at a field of the measure form', () => {
    const fields = COMPLETENESS_FACTS.map((f) => factField(f, empty));
    expect(fields).toEqual(['hoursStatus', 'locations.0.address', 'ageMin', 'gender', 'districts', 'referralRequired', 'howToStart', 'contactPhone']);
    expect(factField('entry', { referralRequired: true })).toBe('applicationRequired');
  });
});
