import { z } from 'zod';

// Configuration, validated once. An unset DATABASE_URL means the embedded PGlite database.
const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
/** A number, with an empty value meaning the default (as .env files often have). */
const number = (fallback: number, int = false) =>
  z.preprocess(
    (value) => (value === '' || value === undefined ? undefined : value),
    (int ? z.coerce.number().int() : z.coerce.number()).positive().default(fallback),
  );
const list = optionalString.transform((value) =>
  value ? value.split(',').map((item) => item.trim()).filter(Boolean) : [],
);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().trim().min(1).default('.data/pglite'),
  /** Where the server listens (server.ts also sets it from -p); SITE_URL follows it when unset. */
  PORT: number(3000, true),
  SITE_URL: optionalString.pipe(z.url().optional()),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),

  // Sign-in (see README, "Admin area"). AUTH_SECRET is required with NODE_ENV=production and
  // DATABASE_URL; otherwise a random one is kept next to the PGlite data directory.
  AUTH_SECRET: optionalString.pipe(z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional()),
  /** The address the admin area is served at, when it differs from SITE_URL. */
  AUTH_URL: optionalString.pipe(z.url().optional()),
  AUTH_TRUSTED_ORIGINS: list,
  AUTH_IDLE_MINUTES: number(480),
  AUTH_ABSOLUTE_HOURS: number(12),
  AUTH_SIGNIN_WINDOW_SECONDS: number(900, true),
  AUTH_SIGNIN_MAX_ATTEMPTS: number(5, true),
  /** Failed sign-ins (password or code) that lock an account, from any address; slower after half. */
  AUTH_ACCOUNT_MAX_FAILURES: number(10, true),
  AUTH_ACCOUNT_LOCK_MINUTES: number(15),
  /** Headers a TRUSTED proxy writes the client's address to (server.ts reads them). */
  AUTH_IP_HEADERS: list,
  /** Addresses or CIDR ranges of the reverse proxies in front; none: no forwarding header is believed. */
  AUTH_TRUSTED_PROXIES: list,

  // Several instances (see README, "Several instances"): with REDIS_URL they share one cache
  // in Redis (lib/cache-handler); without it each keeps Next.js's own cache in memory.
  REDIS_URL: optionalString.pipe(
    z
      .url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a redis:// or rediss:// URL' })
      .optional(),
  ),
  /** Start of every key the cache writes, so that one Redis can serve several sites. */
  REDIS_KEY_PREFIX: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .trim()
      .regex(/^[\w.-]{1,64}$/, 'REDIS_KEY_PREFIX: letters, digits, "_", "." and "-", at most 64')
      .default('ettervern'),
  ),

  /** Days after an error report is handled before its reporter's contact details are removed. */
  ERROR_REPORT_CONTACT_RETENTION_DAYS: number(90, true),

  /**
   * "Be om å bli kontaktet" (README, "Contact requests"): the key that seals visitors' requests
   * (at least 32 characters). Required in production with DATABASE_URL; otherwise a random one
   * is kept next to the PGlite data directory.
   */
  CONTACT_REQUEST_KEY: optionalString.pipe(z.string().min(32, 'CONTACT_REQUEST_KEY must be at least 32 characters').optional()),
  /** Days an undelivered contact request is kept at most before it is deleted. */
  CONTACT_REQUEST_RETENTION_DAYS: number(14, true),

  /** Months after its last confirmation before a published measure is due to be confirmed again. */
  CONFIRMATION_INTERVAL_MONTHS: number(6, true),

  // Mail for password reset; without SMTP_HOST the link is written to the server log.
  SMTP_HOST: optionalString,
  SMTP_PORT: number(587, true),
  SMTP_SECURE: z.preprocess((value) => (value === '' ? undefined : value), z.stringbool().default(false)),
  SMTP_USER: optionalString,
  SMTP_PASSWORD: optionalString,
  SMTP_FROM: optionalString,
  /** PEM file with the CA (or certificate) the mail server's certificate must chain to, e.g. an internal CA. */
  SMTP_CA_FILE: optionalString,

  // Single sign-on with OpenID Connect (for example Microsoft Entra ID); on when all are set.
  OIDC_ISSUER: optionalString.pipe(z.url().optional()),
  OIDC_DISCOVERY_URL: optionalString.pipe(z.url().optional()),
  OIDC_CLIENT_ID: optionalString,
  OIDC_CLIENT_SECRET: optionalString,
  OIDC_PROVIDER_NAME: z.string().trim().min(1).default('Microsoft'),
  /** The identity provider enforces MFA: single sign-on then counts as two-step sign-in here. */
  OIDC_TRUSTED_MFA: z.preprocess((value) => (value === '' ? undefined : value), z.stringbool().default(false)),
});

const withDefaults = schema.transform(({ SITE_URL, ...rest }) => ({ ...rest, SITE_URL: SITE_URL ?? `http://localhost:${rest.PORT}` }));

export type Env = z.infer<typeof withDefaults>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = withDefaults.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return result.data;
}

export const env = parseEnv();
