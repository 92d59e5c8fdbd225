// Contact requests are health-related personal data (special-category data under the GDPR):
// their details are only ever stored sealed with AES-256-GCM. The key comes from
// CONTACT_REQUEST_KEY (README, "Contact requests"); the request's id is the additional data,
// so a sealed value copied onto another row does not open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { resolveSecret } from '@/lib/auth/settings';
import type { Env } from '@/lib/env';

export interface ContactDetails {
  name: string;
  contact: string;
  when: string;
  message: string | null;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The 256-bit key, derived from CONTACT_REQUEST_KEY (HKDF, so any long random string will do).
 * Production with PostgreSQL must set it; the demo and tests keep a random one beside their
 * PGlite data directory, as with AUTH_SECRET.
 */
export function contactRequestKey(env: Env): Buffer {
  const secret = resolveSecret(env, {
    value: env.CONTACT_REQUEST_KEY,
    suffix: 'contact-request-key',
    missing:
      'CONTACT_REQUEST_KEY is not set. In production it is required: visitors\' contact requests are ' +
      'stored encrypted with it. Set it to a random string of at least 32 characters (for example the ' +
      'output of `openssl rand -base64 32`), keep it secret, and keep it apart from the database backups.',
  });
  return keyFrom(secret);
}

export const keyFrom = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'ettervern-bergen', 'contact-request v1', 32));

export function seal(key: Buffer, id: string, details: ContactDetails): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(id));
  const body = Buffer.concat([cipher.update(JSON.stringify(details), 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The details, or null when the value does not open with this key and id (wrong key, tampered). */
export function unseal(key: Buffer, id: string, sealed: string): ContactDetails | null {
  const [version, data] = sealed.split('.');
  if (version !== VERSION || !data) return null;
  const bytes = Buffer.from(data, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(id));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    return JSON.parse(text) as ContactDetails;
  } catch {
    return null;
  }
}
