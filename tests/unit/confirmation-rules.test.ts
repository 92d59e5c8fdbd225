// The confirmation schedule's pure rules (lib/domain/confirmation.ts).
import { describe, expect, it } from 'vitest';
import { askedThisRound, dueDate, isDue, isUnanswered, linkExpiry, reminderDate, unansweredFrom } from '@/lib/domain/confirmation';
import { hashToken, issueToken, tokenHash } from '@/lib/confirmation/token';

describe('confirmation rules', () => {
  it('a measure falls due the interval after its last confirmation; never confirmed is due now', () => {
    expect(dueDate('2026-08-31', '2027-01-10', 6)).toBe('2027-02-28');
    expect(dueDate(null, '2027-01-10', 6)).toBe('2027-01-10');
    expect(isDue('2026-07-10', '2027-01-10', 6)).toBe(true);
    expect(isDue('2026-07-11', '2027-01-10', 6)).toBe(false);
  });

  it('a measure is asked once per round', () => {
    expect(askedThisRound('2026-07-01', ['2026-06-30'])).toBe(false);
    expect(askedThisRound('2026-07-01', ['2026-06-30', '2027-01-02'])).toBe(true);
    expect(askedThisRound(null, ['2020-01-01'])).toBe(true);
    expect(askedThisRound(null, [])).toBe(false);
  });

  it('reminds after 21 days; unanswered two months after the due date unless confirmed since', () => {
    expect(reminderDate('2027-01-10')).toBe('2027-01-31');
    expect(unansweredFrom('2027-01-10')).toBe('2027-03-10');
    expect(isUnanswered({ dueOn: '2027-01-10', answered: false }, null, '2027-03-09')).toBe(false);
    expect(isUnanswered({ dueOn: '2027-01-10', answered: false }, null, '2027-03-10')).toBe(true);
    expect(isUnanswered({ dueOn: '2027-01-10', answered: true }, null, '2027-04-01')).toBe(false);
    expect(isUnanswered({ dueOn: '2027-01-10', answered: false }, '2027-02-01', '2027-04-01')).toBe(false);
    expect(linkExpiry(new Date('2027-01-01T10:00:00Z')).toISOString()).toBe('2027-01-31T10:00:00.000Z');
  });

  it('a link is refused when forged or altered, and only its hash is kept', () => {
    const { token, hash } = issueToken('secret-one-secret-one-secret-one-12');
    expect(tokenHash('secret-one-secret-one-secret-one-12', token)).toBe(hash);
    expect(hash).toBe(hashToken(token.slice(0, 43)));
    expect(tokenHash('another-secret-another-secret-12345', token)).toBeNull();
    const altered = token.slice(0, 10) + (token[10] === 'x' ? 'y' : 'x') + token.slice(11);
    expect(tokenHash('secret-one-secret-one-secret-one-12', altered)).toBeNull();
    expect(tokenHash('secret-one-secret-one-secret-one-12', `${token}.`)).toBeNull();
    expect(tokenHash('secret-one-secret-one-secret-one-12', 42)).toBeNull();
  });
});
