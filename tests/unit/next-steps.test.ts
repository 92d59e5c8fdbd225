// The next steps above the way in (turn up, call, ask to be contacted), where requests to be
// contacted go, and the key they are sealed with.
import { describe, expect, it } from 'vitest';
import { contactRequestAddress, nextSteps, wayIn, type NextStepFacts, type WayInHelper } from '@/lib/domain/way-in';
import { contactRequestKey, keyFrom, seal, unseal } from '@/lib/contact-requests/seal';
import { parseEnv } from '@/lib/env';

const none = { phone: null, email: null, website: null };
const helper: WayInHelper = { slug: 'fritid-med-bistand', name: 'Fritid med bistand', contactName: null, contact: { ...none, phone: '55 56 55 56', email: 'fmb@example.org' } };
const facts: NextStepFacts = { dropIn: null, hasWeeklyHours: false, place: null, acceptsContactRequests: false, contactEmail: null };
const provider = { ...none, name: 'Blå Kors' };

describe('next steps', () => {
  it('says "just turn up" only for a drop-in with weekly hours; unknown is not yes', () => {
    const way = wayIn(null, { ...none, contactName: null }, provider, null);
    expect(nextSteps(way, { ...facts, dropIn: true, hasWeeklyHours: true, place: 'Strax-huset, Christies gate 9' }, null)).toEqual([
      { kind: 'turnUp', place: 'Strax-huset, Christies gate 9' },
    ]);
    expect(nextSteps(way, { ...facts, dropIn: null, hasWeeklyHours: true }, null)).toEqual([]);
    expect(nextSteps(way, { ...facts, dropIn: true, hasWeeklyHours: false }, null)).toEqual([]);
  });

  it("offers the way in's phone, saying whose it is", () => {
    const own = wayIn(null, { ...none, contactName: 'Kari', phone: '912 34 567' }, { ...provider, phone: '2' }, helper);
    expect(nextSteps(own, facts, helper)).toEqual([{ kind: 'call', phone: '912 34 567', whose: 'measure', name: 'Kari' }]);
    const providers = wayIn(null, { ...none, contactName: null }, { ...provider, phone: '22 00 00 00' }, helper);
    expect(nextSteps(providers, facts, helper)).toEqual([{ kind: 'call', phone: '22 00 00 00', whose: 'provider', name: 'Blå Kors' }]);
    const helpers = wayIn(null, { ...none, contactName: null }, provider, helper);
    expect(nextSteps(helpers, facts, helper)).toEqual([{ kind: 'call', phone: '55 56 55 56', whose: 'helper', name: 'Fritid med bistand' }]);
    // Only an email: nothing to call.
    expect(nextSteps(wayIn(null, { ...none, contactName: null, email: 'a@example.org' }, provider, helper), facts, helper)).toEqual([]);
  });

  it('offers "ask to be contacted" where the measure accepts it and someone receives it', () => {
    const way = wayIn(null, { ...none, contactName: null, email: 'a@example.org' }, provider, null);
    expect(nextSteps(way, { ...facts, acceptsContactRequests: true, contactEmail: 'a@example.org' }, null)).toEqual([{ kind: 'contactMe' }]);
    expect(nextSteps(way, { ...facts, acceptsContactRequests: false, contactEmail: 'a@example.org' }, helper)).toEqual([]);
    expect(nextSteps(way, { ...facts, acceptsContactRequests: true }, null)).toEqual([]);
    expect(nextSteps(way, { ...facts, acceptsContactRequests: true }, helper)).toEqual([{ kind: 'contactMe' }]);
  });

  it("sends requests to the measure's email, else Fritid med bistand's, else nowhere", () => {
    expect(contactRequestAddress(' tiltak@example.org ', helper)).toBe('tiltak@example.org');
    expect(contactRequestAddress('  ', helper)).toBe('fmb@example.org');
    expect(contactRequestAddress(null, { ...helper, contact: { ...helper.contact, email: null } })).toBeNull();
    expect(contactRequestAddress(null, null)).toBeNull();
  });
});

describe('the contact-request key', () => {
  it('is required in production on PostgreSQL, and derived from the setting otherwise', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@localhost/db' };
    expect(() => contactRequestKey(parseEnv(production))).toThrow(/CONTACT_REQUEST_KEY is not set/);
    const key = contactRequestKey(parseEnv({ ...production, CONTACT_REQUEST_KEY: 'k'.repeat(40) }));
    expect(key).toEqual(keyFrom('k'.repeat(40)));
    expect(key).toHaveLength(32);
    expect(() => parseEnv({ CONTACT_REQUEST_KEY: 'too short' })).toThrow(/at least 32/);
  });

  it('seals with a fresh nonce each time, and a tampered value does not open', () => {
    const key = keyFrom('x'.repeat(32));
    const details = { name: 'Ola', contact: '912 34 567', when: 'anytime', message: null };
    const a = seal(key, 'id-1', details);
    expect(seal(key, 'id-1', details)).not.toBe(a);
    expect(unseal(key, 'id-1', a)).toEqual(details);
    const bytes = Buffer.from(a.slice(3), 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(unseal(key, 'id-1', `v1.${bytes.toString('base64url')}`)).toBeNull();
    expect(unseal(key, 'id-1', 'v2.abc')).toBeNull();
  });
});
