'use server';
// The signed-in person's own account: two-step sign-in (TOTP) and signing out. Admins
// without two-step sign-in may use the setup and signing out (it is how they turn it on).
// New backup codes and turning two-step sign-in off go through Better Auth's request
// handler (callAuthEndpoint), so its rate limit guards the password check.
import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { checkActionArgs, formActionArgs } from '@/lib/actions/args';
import { getAuth } from '@/lib/auth';
import { callAuthEndpoint } from '@/lib/auth/endpoint';
import {
  fieldErrorsOf,
  rateLimitMinutes,
  type BackupCodesState,
  type ConfirmTwoFactorState,
  type DisableTwoFactorState,
  type EnableTwoFactorState,
  type ErrorKey,
} from '@/lib/auth/form-state';
import { requireActor } from '@/lib/auth/guard';
import { ADMIN_ACCOUNT_PATH, ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { codeSchema, enableTwoFactorSchema, passwordConfirmationSchema } from '@/lib/auth/schemas';
import { ROLES } from '@/lib/auth/session';

const ownAccount = { allowMissingTwoFactor: true } as const;

export async function signOutAction(): Promise<void> {
  await requireActor(ROLES, ownAccount);
  await getAuth().api.signOut({ headers: await headers() });
  redirect(`${adminPath(await getLocale(), ADMIN_SIGN_IN_PATH)}?utlogget`);
}

/** Starts a TOTP setup: a new secret and backup codes, shown on the account page. */
export async function enableTwoFactorAction(
  _previous: EnableTwoFactorState,
  formData: FormData,
): Promise<EnableTwoFactorState> {
  await requireActor(ROLES, ownAccount);
  checkActionArgs(formActionArgs, [_previous, formData]);
  const parsed = enableTwoFactorSchema.safeParse({ password: formData.get('password') ?? undefined });
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await getAuth().api.enableTwoFactor({ body: { password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (isAPIError(error) && error.statusCode < 500) {
      return { status: 'error', fieldErrors: { password: parsed.data.password ? 'passwordWrong' : 'passwordRequired' } };
    }
    throw error;
  }
  redirect(adminPath(await getLocale(), ADMIN_ACCOUNT_PATH));
}

/** Confirms the setup with a code from the app; two-step sign-in is on from then. */
export async function confirmTwoFactorAction(
  _previous: ConfirmTwoFactorState,
  formData: FormData,
): Promise<ConfirmTwoFactorState> {
  await requireActor(ROLES, ownAccount);
  checkActionArgs(formActionArgs, [_previous, formData]);
  const parsed = codeSchema.safeParse({ code: String(formData.get('code') ?? '') });
  if (!parsed.success || !/^\d{6}$/.test(parsed.data.code)) {
    return { status: 'error', fieldErrors: { code: 'codeInvalid' } };
  }
  try {
    await getAuth().api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() });
  } catch (error) {
    if (isAPIError(error) && error.statusCode < 500) return { status: 'error', fieldErrors: { code: 'codeWrong' } };
    throw error;
  }
  redirect(`${adminPath(await getLocale(), ADMIN_ACCOUNT_PATH)}?totp=1`);
}

/** Why a password-confirmed request was refused, as a form error for that password field. */
function refusal(result: { status: number; retryAfter: number | null }, password: string | undefined): {
  error?: ErrorKey;
  errorValues?: Record<string, number>;
  field?: ErrorKey;
} {
  if (result.status === 429) return { error: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 60) } };
  if (result.status >= 500) return { error: 'unexpected' };
  return { field: password ? 'passwordWrong' : 'passwordRequired' };
}

/** New backup codes (the old ones stop working), confirmed with the password; shown once. */
export async function regenerateBackupCodesAction(_previous: BackupCodesState, formData: FormData): Promise<BackupCodesState> {
  await requireActor(ROLES);
  checkActionArgs(formActionArgs, [_previous, formData]);
  const parsed = passwordConfirmationSchema.safeParse({ password: formData.get('backupPassword') ?? undefined });
  if (!parsed.success) return { status: 'error', fieldErrors: { backupPassword: 'passwordWrong' } };
  const { password } = parsed.data;
  const result = await callAuthEndpoint('/two-factor/generate-backup-codes', password === undefined ? {} : { password });
  const codes = result.body?.backupCodes;
  if (result.status === 200 && Array.isArray(codes)) return { status: 'done', backupCodes: codes.map(String) };
  const { error, errorValues, field } = refusal(result, password);
  return { status: 'error', error, errorValues, fieldErrors: field ? { backupPassword: field } : undefined };
}

/** Turns two-step sign-in off, confirmed with the password. Never for admins. */
export async function disableTwoFactorAction(_previous: DisableTwoFactorState, formData: FormData): Promise<DisableTwoFactorState> {
  const actor = await requireActor(ROLES);
  checkActionArgs(formActionArgs, [_previous, formData]);
  if (actor.role === 'admin') return { status: 'error', error: 'twoFactorRequiredForAdmins' };
  const parsed = passwordConfirmationSchema.safeParse({ password: formData.get('disablePassword') ?? undefined });
  if (!parsed.success) return { status: 'error', fieldErrors: { disablePassword: 'passwordWrong' } };
  const { password } = parsed.data;
  const result = await callAuthEndpoint('/two-factor/disable', password === undefined ? {} : { password });
  if (result.status !== 200) {
    const { error, errorValues, field } = refusal(result, password);
    return { status: 'error', error, errorValues, fieldErrors: field ? { disablePassword: field } : undefined };
  }
  redirect(`${adminPath(await getLocale(), ADMIN_ACCOUNT_PATH)}?totp=av`);
}
