import { describe, expect, it } from 'vitest';
import { reachable, telHref, wayIn, type WayInHelper } from '@/lib/domain/way-in';

const none = { phone: null, email: null, website: null };
const measure = { ...none, contactName: null };
const provider = { ...none, name: 'Blå Kors' };
const helper: WayInHelper = {
  slug: 'fritid-med-bistand',
  name: 'Fritid med bistand',
  contactName: 'Sentralbordet',
  contact: { ...none, phone: '55 56 55 56' },
};

describe('the way in ("Slik kommer du i gang")', () => {
  it("takes the measure's own words first", () => {
    expect(wayIn('Møt opp', { ...measure, phone: '1' }, { ...provider, phone: '2' }, helper)).toEqual({ kind: 'howToStart', text: 'Møt opp' });
  });

  it("without them, gives the measure's own contact, with its contact person", () => {
    expect(wayIn(null, { ...measure, contactName: 'Kari', email: 'kari@example.org' }, { ...provider, phone: '2' }, helper)).toEqual({
      kind: 'measure',
      contactName: 'Kari',
      contact: { phone: null, email: 'kari@example.org', website: null },
    });
  });

  it("a contact person alone is no way in: then the provider's phone, email or web address", () => {
    expect(wayIn(null, { ...measure, contactName: 'Kari', phone: '  ' }, { ...provider, website: 'https://blakors.no' }, helper)).toEqual({
      kind: 'provider',
      providerName: 'Blå Kors',
      contact: { phone: null, email: null, website: 'https://blakors.no' },
    });
  });

  it("failing that, Fritid med bistand's contact", () => {
    expect(wayIn(null, measure, provider, helper)).toEqual({
      kind: 'helper',
      name: 'Fritid med bistand',
      slug: 'fritid-med-bistand',
      contactName: 'Sentralbordet',
      contact: { phone: '55 56 55 56', email: null, website: null },
    });
    // Its page is still there when its record gives no contact.
    expect(wayIn(null, measure, provider, { ...helper, contact: none })).toMatchObject({ kind: 'helper', contactName: null, contact: null });
  });

  it("is never empty: without the helper's record, the provider's page", () => {
    expect(wayIn(null, measure, provider, null)).toEqual({ kind: 'provider', providerName: 'Blå Kors', contact: null });
  });

  it('keeps only the reachable parts of a contact', () => {
    expect(reachable(none)).toBeNull();
    expect(reachable({ phone: '', email: ' ', website: null })).toBeNull();
    expect(reachable({ phone: '+47 55 56 55 56', email: '', website: null })).toEqual({ phone: '+47 55 56 55 56', email: null, website: null });
    expect(telHref('+47 55 56 55 56')).toBe('tel:+4755565556');
    expect(telHref('(55) 56-55 56')).toBe('tel:55565556');
  });
});
