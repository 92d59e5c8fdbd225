// Turns a request's session cookie into an Actor, enforcing what Better Auth leaves to us:
// the sliding idle time-out while pages render (where Better Auth cannot refresh), the
// absolute time-out from sign-in, roles, bans and the 2FA requirement for admins (which a
// single sign-on session meets when OIDC_TRUSTED_MFA is on: lib/auth/sso.ts).
import type { SessionPolicy } from './settings';
import { isTrustedSsoSession } from './sso';

export type Role = 'admin' | 'editor' | 'provider';
export const ROLES: readonly Role[] = ['admin', 'editor', 'provider'];

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  providerId: string | null;
}

export interface ResolvedActor {
  actor: Actor;
  sessionId: string;
  /** An admin who has not turned on two-factor sign-in yet may only set it up. */
  needsTwoFactorSetup: boolean;
}

interface SessionLookup {
  session: { id: string; token: string; userId: string; createdAt: Date; expiresAt: Date };
  user: {
    id: string;
    email: string;
    name: string;
    role?: string | null;
    banned?: boolean | null;
    twoFactorEnabled?: boolean | null;
    providerId?: string | null;
  };
}

/** The part of a Better Auth instance this module needs (kept small for clarity). */
export interface SessionSource {
  api: { getSession(input: { headers: Headers }): Promise<SessionLookup | null> };
  $context: Promise<{
    internalAdapter: {
      deleteSession(token: string): Promise<unknown>;
      updateSession(token: string, data: { expiresAt: Date }): Promise<unknown>;
      findVerificationValue(identifier: string): Promise<{ value: string; expiresAt: Date } | null | undefined>;
    };
  }>;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export async function resolveActor(
  auth: SessionSource,
  headers: Headers,
  policy: SessionPolicy & { trustSsoMfa?: boolean },
  now: Date = new Date(),
): Promise<ResolvedActor | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const { session, user } = found;
  const { internalAdapter } = await auth.$context;
  const absoluteEnd = new Date(session.createdAt).getTime() + policy.absoluteSeconds * 1000;
  const expiresAt = new Date(session.expiresAt).getTime();

  if (now.getTime() >= absoluteEnd || now.getTime() >= expiresAt || user.banned) {
    await internalAdapter.deleteSession(session.token);
    return null;
  }

  // Slide the idle expiry, never past the absolute end.
  const lastRefresh = expiresAt - policy.idleSeconds * 1000;
  if (now.getTime() - lastRefresh >= policy.updateAgeSeconds * 1000) {
    const next = Math.min(now.getTime() + policy.idleSeconds * 1000, absoluteEnd);
    if (next > expiresAt) await internalAdapter.updateSession(session.token, { expiresAt: new Date(next) });
  }

  if (!isRole(user.role)) return null;
  const needsTwoFactorSetup =
    user.role === 'admin' &&
    !user.twoFactorEnabled &&
    !(policy.trustSsoMfa && (await isTrustedSsoSession(internalAdapter, session)));
  return {
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      providerId: user.providerId ?? null,
    },
    sessionId: session.id,
    needsTwoFactorSetup,
  };
}
