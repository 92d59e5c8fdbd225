import { describe, expect, it } from 'vitest';
import { unknownCardFacts, unknownFacts, type FactFields } from '@/lib/domain/unknown-facts';

const nothingKnown: FactFields = {
  ageMin: null, ageMax: null, gender: null, districts: [], citywide: null, referralRequired: null, applicationRequired: null,
  dropIn: null, anonymous: null, freeOfCharge: null, priceText: null, companionWelcome: null, wheelchairAccessible: null,
  sobrietyRule: null, targetGroups: [], hoursStatus: 'UNKNOWN',
};

describe('unknown facts', () => {
  it('names every fact a measure leaves unknown, in the canonical order', () => {
    expect(unknownFacts(nothingKnown)).toEqual([
      'age', 'gender', 'district', 'referral', 'application', 'dropIn', 'anonymous', 'price', 'companion', 'wheelchair', 'sobriety', 'targetGroups', 'hours',
    ]);
  });

  it('never counts a known "no" as unknown', () => {
    const known: FactFields = {
      ageMin: 18, ageMax: null, gender: 'ALL', districts: [], citywide: true, referralRequired: false, applicationRequired: false,
      dropIn: false, anonymous: false, freeOfCharge: false, priceText: null, companionWelcome: false, wheelchairAccessible: false,
      sobrietyRule: 'NONE', targetGroups: ['USERS'], hoursStatus: 'BY_APPOINTMENT',
    };
    expect(unknownFacts(known)).toEqual([]);
    expect(unknownFacts({ ...nothingKnown, priceText: '50 kr', districts: ['ARNA'] })).not.toContain('price');
    expect(unknownFacts({ ...nothingKnown, districts: ['ARNA'] })).not.toContain('district');
  });

  it("on a card, names only what the card would show, and drop-in answers how to start", () => {
    const card = { ageMin: null, ageMax: 25, gender: null, districts: [], citywide: null, dropIn: null, referralRequired: null, hoursStatus: 'REGULAR' };
    expect(unknownCardFacts(card)).toEqual(['gender', 'district', 'referral']);
    expect(unknownCardFacts({ ...card, dropIn: true })).toEqual(['gender', 'district']);
    expect(unknownCardFacts({ ...card, dropIn: false, referralRequired: true, gender: 'MEN', citywide: true, hoursStatus: 'UNKNOWN' })).toEqual(['hours']);
  });
});
