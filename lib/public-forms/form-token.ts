// A signed form token against spam, with no third party: the page signs the form, the
// measure's id and the time it rendered the form; the action checks the signature and the
// age. Bots that post straight away (or replay an old form for days) are told apart from
// people, who need more than a few seconds to fill in a form and rarely leave one open for hours.
// Shared by the public forms on a measure's page ("Meld feil", "Be om å bli kontaktet").
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOKEN_MIN_AGE_MS = 3_000;
export const TOKEN_MAX_AGE_MS = 2 * 60 * 60 * 1000;

/** The public forms; a token signed for one is no good for another. */
export type PublicForm = 'error-report' | 'contact-request';

export type TokenCheck = 'ok' | 'tooFast' | 'expired' | 'invalid';

function sign(secret: string, form: PublicForm, measureId: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`${form}-form:${measureId}:${issuedAt}`).digest('base64url');
}

export function issueFormToken(secret: string, form: PublicForm, measureId: string, now: Date = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(secret, form, measureId, issuedAt)}`;
}

export function checkFormToken(secret: string, form: PublicForm, measureId: string, token: unknown, now: Date = new Date()): TokenCheck {
  if (typeof token !== 'string') return 'invalid';
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, form, measureId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now.getTime() - issuedAt;
  // A token from the future (clock skew between instances is small) counts as too fast.
  if (age < TOKEN_MIN_AGE_MS) return 'tooFast';
  if (age > TOKEN_MAX_AGE_MS) return 'expired';
  return 'ok';
}

/**
 * The token a form shown again should carry: the same while it is still valid (its age keeps
 * counting, so a quick correction is not taken for a bot), a fresh one once it has expired or does not fit.
 */
export function tokenToKeep(secret: string, form: PublicForm, measureId: string, token: unknown): string {
  const check = checkFormToken(secret, form, measureId, token);
  return (check === 'ok' || check === 'tooFast') && typeof token === 'string' ? token : issueFormToken(secret, form, measureId);
}
