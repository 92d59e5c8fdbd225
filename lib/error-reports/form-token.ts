// A signed form token against spam, with no third party: the page signs the measure's id
// and the time it rendered the form; the action checks the signature and the age. Bots that
// post straight away (or replay an old form for days) are told apart from people, who need
// more than a few seconds to describe a problem and rarely leave a form open for hours.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOKEN_MIN_AGE_MS = 3_000;
export const TOKEN_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export type TokenCheck = 'ok' | 'tooFast' | 'expired' | 'invalid';

function sign(secret: string, measureId: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`error-report-form:${measureId}:${issuedAt}`).digest('base64url');
}

export function issueFormToken(secret: string, measureId: string, now: Date = new Date()): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${sign(secret, measureId, issuedAt)}`;
}

export function checkFormToken(secret: string, measureId: string, token: unknown, now: Date = new Date()): TokenCheck {
  if (typeof token !== 'string') return 'invalid';
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, measureId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = now.getTime() - issuedAt;
  // A token from the future (clock skew between instances is small) counts as too fast.
  if (age < TOKEN_MIN_AGE_MS) return 'tooFast';
  if (age > TOKEN_MAX_AGE_MS) return 'expired';
  return 'ok';
}
