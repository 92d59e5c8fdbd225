// Sign-in settings derived from the environment, in one place, so the Better Auth
// instance, the guard and the proxy agree on time-outs and cookies.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../env';

export interface SessionPolicy {
  /** A session unused for this long ends (sliding expiry). */
  idleSeconds: number;
  /** How stale the expiry may get before a request pushes it forward again. */
  updateAgeSeconds: number;
  /** A session ends this long after sign-in, however active. */
  absoluteSeconds: number;
}

export interface OidcSettings {
  discoveryUrl: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** OIDC_TRUSTED_MFA: the identity provider's MFA stands in for this portal's TOTP. */
  trustedMfa: boolean;
}

export interface MailSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
  /** SMTP_CA_FILE's PEM text: the certificates the server's must chain to, instead of the public CAs. */
  ca?: string;
}

/** The per-account limit: slow down after half of maxFailures, lock at maxFailures. */
export interface AccountLockPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export interface AuthSettings {
  secret: string;
  baseURL: string;
  trustedOrigins: string[];
  secureCookies: boolean;
  session: SessionPolicy;
  /** Per client address (as resolved by server.ts); off when the address is unknown. */
  signInRateLimit: { window: number; max: number };
  accountLock: AccountLockPolicy;
  oidc: OidcSettings | null;
  mail: MailSettings | null;
}

export const COOKIE_PREFIX = 'ettervern';
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export function sessionPolicyFromEnv(env: Env): SessionPolicy {
  const absoluteSeconds = Math.round(env.AUTH_ABSOLUTE_HOURS * 3600);
  const idleSeconds = Math.min(Math.round(env.AUTH_IDLE_MINUTES * 60), absoluteSeconds);
  return {
    idleSeconds,
    // At most one write per session every five minutes; a tenth of a short idle time.
    updateAgeSeconds: Math.max(1, Math.min(300, Math.floor(idleSeconds / 10))),
    absoluteSeconds,
  };
}

/** Secure cookies in production, except on a loopback address (a local demo over http). */
export function secureCookiesFromEnv(env: Env): boolean {
  if (env.NODE_ENV !== 'production') return false;
  const { protocol, hostname } = new URL(env.AUTH_URL ?? env.SITE_URL);
  return protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

export function sessionCookieName(secure: boolean): string {
  return `${secure ? '__Secure-' : ''}${COOKIE_PREFIX}.session_token`;
}

export function oidcFromEnv(env: Env): OidcSettings | null {
  const discoveryUrl =
    env.OIDC_DISCOVERY_URL ??
    (env.OIDC_ISSUER ? `${env.OIDC_ISSUER.replace(/\/+$/, '')}/.well-known/openid-configuration` : undefined);
  if (!discoveryUrl || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    discoveryUrl,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_PROVIDER_NAME,
    trustedMfa: env.OIDC_TRUSTED_MFA ?? false,
  };
}

export function mailFromEnv(env: Env): MailSettings | null {
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    user: env.SMTP_USER,
    password: env.SMTP_PASSWORD,
    from: env.SMTP_FROM ?? `Ettervern Bergen <no-reply@${new URL(env.SITE_URL).hostname}>`,
    ca: env.SMTP_CA_FILE ? readCaFile(env.SMTP_CA_FILE) : undefined,
  };
}

/** Read once with the other settings, so a wrong path fails as loudly as a missing AUTH_SECRET, not at the first mail. */
function readCaFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`SMTP_CA_FILE: cannot read ${file} (${(error as Error).message}).`);
  }
}

/**
 * The secret that signs cookies and encrypts TOTP secrets. A real deployment (production
 * with a PostgreSQL server) must set AUTH_SECRET. Development, tests and the embedded demo
 * get a random one, kept beside the PGlite data directory (never in git) so sessions
 * survive restarts and belong to that database only.
 */
export function resolveAuthSecret(env: Env): string {
  return resolveSecret(env, {
    value: env.AUTH_SECRET,
    suffix: 'auth-secret',
    missing:
      'AUTH_SECRET is not set. In production it is required: set it to a random string of at least ' +
      '32 characters (for example the output of `openssl rand -base64 32`) and keep it secret.',
  });
}

/**
 * A secret from the environment, or, where no real deployment needs one set (anything but
 * production with PostgreSQL), a random one kept in `<PGLITE_DATA_DIR>.<suffix>` so it
 * survives restarts and belongs to that database only. Production with PostgreSQL without
 * it throws `missing`.
 */
export function resolveSecret(env: Env, { value, suffix, missing }: { value: string | undefined; suffix: string; missing: string }): string {
  if (value) return value;
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) throw new Error(missing);
  const file = `${path.resolve(env.PGLITE_DATA_DIR)}.${suffix}`;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}

export function authSettingsFromEnv(env: Env): AuthSettings {
  const baseURL = env.AUTH_URL ?? env.SITE_URL;
  const origins = [baseURL, env.SITE_URL, ...env.AUTH_TRUSTED_ORIGINS].map((url) => new URL(url).origin);
  return {
    secret: resolveAuthSecret(env),
    baseURL,
    trustedOrigins: [...new Set(origins)],
    secureCookies: secureCookiesFromEnv(env),
    session: sessionPolicyFromEnv(env),
    signInRateLimit: { window: env.AUTH_SIGNIN_WINDOW_SECONDS, max: env.AUTH_SIGNIN_MAX_ATTEMPTS },
    accountLock: { maxFailures: env.AUTH_ACCOUNT_MAX_FAILURES, lockMinutes: env.AUTH_ACCOUNT_LOCK_MINUTES },
    oidc: oidcFromEnv(env),
    mail: mailFromEnv(env),
  };
}
