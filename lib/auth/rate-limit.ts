// Better Auth's per-address limits, with two changes. The stored key is a keyed hash of the
// address, so rate_limit never holds an IP address (and its rows expire: lib/http/rate-limit.ts).
// And a request whose address is unknown (no CLIENT_IP_HEADER: the app runs without
// server.ts) is not limited per address at all: every such request would share one bucket,
// which anyone could fill to lock everybody out. Sign-in is then still limited per account
// (lib/auth/account-lock.ts).
import type { BetterAuthOptions } from 'better-auth';
import type { PrismaClient } from '../generated/prisma/client';
import { clientIp } from '../http/client-ip';
import { consumeWindow, keyedHash } from '../http/rate-limit';

type Options = NonNullable<BetterAuthOptions['rateLimit']>;
type Rule = { window: number; max: number };
type RuleFor = (request: Request, current: Rule) => Rule | false;

/** Better Auth's keys are `${ip}|${path}`; ours keep the path and hash the address. */
export function hashedRateLimitStorage(prisma: PrismaClient, secret: string): NonNullable<Options['customStorage']> {
  return {
    async consume(key, rule) {
      const split = key.indexOf('|');
      const hashed = `auth:${keyedHash(secret, 'auth-client', key.slice(0, split))}${key.slice(split)}`;
      const endsInMs = await consumeWindow(prisma, { key: hashed, max: rule.max, windowMs: rule.window * 1000 }, new Date());
      return endsInMs === null ? { allowed: true, retryAfter: null } : { allowed: false, retryAfter: Math.ceil(endsInMs / 1000) };
    },
  };
}

let warned = false;

function onlyForKnownClients(rule?: Rule): RuleFor {
  return (request, current) => {
    if (clientIp(request.headers)) return rule ?? current;
    if (!warned && process.env.NODE_ENV === 'production') {
      warned = true;
      console.warn('[auth] The client address is unknown (is the app started without server.ts?): per-address limits are off; sign-in is still limited per account.');
    }
    return false;
  };
}

/** The given rules per path, and Better Auth's defaults for every other path, for known clients only. */
export function perClientRules(rules: Record<string, Rule>): Record<string, RuleFor> {
  return {
    ...Object.fromEntries(Object.entries(rules).map(([path, rule]) => [path, onlyForKnownClients(rule)])),
    '/**': onlyForKnownClients(),
  };
}
