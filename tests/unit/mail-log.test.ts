// A failed mail is logged without the recipient: mail servers put addresses in their errors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logMailFailure } from '@/lib/auth/mail';

describe('logMailFailure', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the mail and the error code, never the address in the error', () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const error = Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <kari.nordmann@example.org>"), {
      code: 'EENVELOPE',
      responseCode: 550,
      rejected: ['kari.nordmann@example.org'],
    });
    logMailFailure('account-locked', error);
    expect(logged).toEqual(['[auth] Could not send the account-locked mail (EENVELOPE 550).']);
  });

  it('copes with errors that are not errors', () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    logMailFailure('password reset', 'kari.nordmann@example.org');
    logMailFailure('password reset', null);
    expect(logged).toEqual(['[auth] Could not send the password reset mail.', '[auth] Could not send the password reset mail.']);
  });
});
