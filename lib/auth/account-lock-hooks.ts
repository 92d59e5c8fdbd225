// Better Auth hooks that apply the per-account limit (lib/auth/account-lock.ts) to every way
// in that checks a secret: the password (/sign-in/email) and the two-step codes
// (/two-factor/verify-*), whether called by the JSON API or by the no-JS sign-in form.
import { APIError } from 'better-auth/api';
import type { PrismaClient } from '../generated/prisma/client';
import { accountKey, admitAttempt, settleAttempt, type Outcome } from './account-lock';
import { logMailFailure, sendAccountLockedMail } from './mail';
import type { AccountLockPolicy, MailSettings } from './settings';
import { pendingTwoFactorUserId, type HookContext } from './totp-replay';

const SIGN_IN = '/sign-in/email';
const VERIFY_CODE = ['/two-factor/verify-totp', '/two-factor/verify-backup-code', '/two-factor/verify-otp'];

export interface AccountLockOptions {
  prisma: PrismaClient;
  secret: string;
  policy: AccountLockPolicy;
  mail: MailSettings | null;
}

/** The email whose counter this attempt counts on: the one typed in, or the pending sign-in's. */
async function emailOf(ctx: HookContext, prisma: PrismaClient): Promise<string | null> {
  if (ctx.path === SIGN_IN) {
    const email = (ctx.body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' && email.trim() ? email : null;
  }
  if (!VERIFY_CODE.includes(ctx.path)) return null;
  const signedIn = ctx.context.newSession?.user.email;
  if (signedIn) return signedIn;
  const userId = await pendingTwoFactorUserId(ctx);
  if (!userId) return null;
  return (await prisma.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email ?? null;
}

export async function admitSignInAttempt(ctx: HookContext, options: AccountLockOptions): Promise<void> {
  const email = await emailOf(ctx, options.prisma);
  if (!email) return;
  const refusal = await admitAttempt(options.prisma, accountKey(options.secret, email), options.policy, new Date());
  if (!refusal) return;
  const retryAfter = String(refusal.retryAfterSeconds);
  // The same answer whether or not the address has an account.
  throw new APIError(
    'TOO_MANY_REQUESTS',
    {
      message: refusal.reason === 'locked' ? 'Too many failed attempts: sign-in is locked for a while.' : 'Too many failed attempts: wait a little.',
      code: refusal.reason === 'locked' ? 'ACCOUNT_LOCKED' : 'SLOW_DOWN',
    },
    { 'Retry-After': retryAfter, 'X-Retry-After': retryAfter },
  );
}

function outcomeOf(ctx: HookContext): Outcome {
  const returned = ctx.context.returned;
  if (returned instanceof Error) return (returned as { statusCode?: number }).statusCode === 401 ? 'failure' : 'neutral';
  const user = ctx.context.newSession?.user as { twoFactorEnabled?: boolean | null } | undefined;
  if (!user) return 'neutral';
  // The password was right, but the code is still to come: not signed in yet.
  return ctx.path === SIGN_IN && user.twoFactorEnabled ? 'neutral' : 'success';
}

export async function settleSignInAttempt(ctx: HookContext, options: AccountLockOptions): Promise<void> {
  const email = await emailOf(ctx, options.prisma);
  if (!email) return;
  const key = accountKey(options.secret, email);
  const lockedUntil = await settleAttempt(options.prisma, key, outcomeOf(ctx), options.policy, new Date());
  if (!lockedUntil) return;
  const user = await options.prisma.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { email: true, name: true } });
  if (!user) return;
  // Not awaited: the answer's timing must not tell whether the address has an account.
  void sendAccountLockedMail(options.mail, { to: user.email, name: user.name, lockedUntil }).catch((error) => logMailFailure('account-locked', error));
}
