// Single sign-on and this portal's own two-step sign-in. Better Auth's two-factor plugin
// asks for the TOTP code after a password only; after the identity provider it creates the
// session straight away. The rule here (README, "Admin area"):
// - OIDC_TRUSTED_MFA=true: the identity provider enforces MFA (Entra ID with conditional
//   access), so an SSO session counts as two-step sign-in. It is marked, and the guard lets
//   an admin without TOTP in on that session (a password session still needs TOTP).
// - otherwise: an account with TOTP on gets the same code step as after a password (the SSO
//   session is replaced by Better Auth's own two-factor challenge), and an admin without
//   TOTP must set it up, as after a password.
import { deleteSessionCookie } from 'better-auth/cookies';
import { generateRandomString } from 'better-auth/crypto';
import type { HookContext } from './totp-replay';
import { ssoCodeStepPath } from './paths';

/** The callback route of every OAuth provider; ours is /callback/oidc. */
const CALLBACK_PATH = '/callback/:id';
/** Better Auth's two-factor challenge cookie and its default life (ten minutes). */
const TWO_FACTOR_COOKIE = 'two_factor';
const CHALLENGE_SECONDS = 600;

const trustedKey = (sessionId: string) => `sso-mfa:${sessionId}`;

interface SsoPolicy {
  providerId: string;
  trustedMfa: boolean;
  /** How long a session may live at most: the mark lives as long. */
  absoluteSeconds: number;
}

/** Whether this session came from the identity provider while its MFA is trusted. */
export async function isTrustedSsoSession(
  adapter: { findVerificationValue(identifier: string): Promise<{ value: string; expiresAt: Date } | null | undefined> },
  session: { id: string; userId: string },
): Promise<boolean> {
  const mark = await adapter.findVerificationValue(trustedKey(session.id));
  return !!mark && mark.value === session.userId && new Date(mark.expiresAt).getTime() > Date.now();
}

/** Better Auth after-hook for the OAuth callback: applies the rule above. */
export async function applySsoTwoFactorRule(ctx: HookContext, policy: SsoPolicy): Promise<void> {
  if (ctx.path !== CALLBACK_PATH || ctx.params?.id !== policy.providerId) return;
  const data = ctx.context.newSession;
  if (!data) return;
  const { internalAdapter } = ctx.context;

  if (policy.trustedMfa) {
    await internalAdapter.createVerificationValue({
      identifier: trustedKey(data.session.id),
      value: data.user.id,
      expiresAt: new Date(Date.now() + policy.absoluteSeconds * 1000),
    });
    return;
  }
  if (!(data.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled) return;

  // The same challenge the two-factor plugin starts after a password, so the sign-in page's
  // code step (verify-totp / verify-backup-code) finishes it.
  deleteSessionCookie(ctx, true);
  await internalAdapter.deleteSession(data.session.token);
  ctx.context.setNewSession(null);
  const cookie = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE, { maxAge: CHALLENGE_SECONDS });
  const identifier = `2fa-${generateRandomString(20)}`;
  const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS * 1000);
  await internalAdapter.createVerificationValue({ value: data.user.id, identifier, expiresAt });
  await internalAdapter.createVerificationValue({ value: '0', identifier: `2fa-attempts-${identifier}`, expiresAt });
  await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);

  const returned = ctx.context.returned as { headers?: Headers } | undefined;
  const location = returned?.headers instanceof Headers ? returned.headers.get('location') : null;
  throw ctx.redirect(ssoCodeStepPath(location));
}
