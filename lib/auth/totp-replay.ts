// A TOTP code works once (RFC 6238, section 5.2): Better Auth accepts the same code again
// while it is valid, so these hooks remember each accepted code for its lifetime (the
// current step and the one either side, 90 s) in the verification table, and refuse it after.
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';

const VERIFY_TOTP = '/two-factor/verify-totp';
const CODE_LIFETIME_MS = 90_000;

export type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const usedKey = (userId: string, code: string) => `totp-used:${userId}:${code}`;

/** Whose code this is: the signed-in user, or the one halfway through signing in. */
async function userIdOf(ctx: HookContext): Promise<string | null> {
  const session = await getSessionFromCtx(ctx).catch(() => null);
  return session ? session.user.id : pendingTwoFactorUserId(ctx);
}

/** The person halfway through signing in (password accepted, code still to come), if any. */
export async function pendingTwoFactorUserId(ctx: HookContext): Promise<string | null> {
  const cookie = ctx.context.createAuthCookie('two_factor');
  const challenge = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!challenge) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(challenge);
  return verification?.value ?? null;
}

function codeOf(ctx: HookContext): string | null {
  const code = (ctx.body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : null;
}

export async function refuseReusedTotp(ctx: HookContext): Promise<void> {
  const code = codeOf(ctx);
  if (ctx.path !== VERIFY_TOTP || !code) return;
  const userId = await userIdOf(ctx);
  if (!userId) return;
  const used = await ctx.context.internalAdapter.findVerificationValue(usedKey(userId, code));
  if (used && new Date(used.expiresAt).getTime() > Date.now()) {
    throw new APIError('UNAUTHORIZED', { message: 'Invalid code', code: 'INVALID_CODE' });
  }
}

export async function rememberUsedTotp(ctx: HookContext): Promise<void> {
  const code = codeOf(ctx);
  if (ctx.path !== VERIFY_TOTP || !code || ctx.context.returned instanceof Error) return;
  const userId = ctx.context.newSession?.user.id ?? ctx.context.session?.user.id;
  if (!userId) return;
  await ctx.context.internalAdapter.createVerificationValue({
    identifier: usedKey(userId, code),
    value: '1',
    expiresAt: new Date(Date.now() + CODE_LIFETIME_MS),
  });
}
