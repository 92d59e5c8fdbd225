'use server';
// The signed-in person's own account: two-step sign-in (TOTP) and signing out. Admins
// without two-step sign-in may use these (it is how they turn it on), nothing else.
import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getAuth } from '@/lib/auth';
import { fieldErrorsOf, type ConfirmTwoFactorState, type EnableTwoFactorState } from '@/lib/auth/form-state';
import { requireActor } from '@/lib/auth/guard';
import { ADMIN_ACCOUNT_PATH, ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { codeSchema, enableTwoFactorSchema } from '@/lib/auth/schemas';
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
