'use server';
// The signed-in person's own account: two-step sign-in (TOTP) and signing out. Admins
// without two-step sign-in may use the setup and signing out (it is how they turn it on).
// New backup codes and turning two-step sign-in off go through Better Auth's request
// handler (callAuthEndpoint), so its rate limit guards the password check.
import { isAPIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getAuth } from '@/lib/auth';
import { callAuthEndpoint } from '@/lib/auth/endpoint';
import { ADMIN_ACCOUNT_PATH, ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { codeSchema, enableTwoFactorSchema, passwordConfirmationSchema } from '@/lib/auth/schemas';
import { ROLES } from '@/lib/auth/session';
import { formAction, postAction } from './safe-action';
import { rateLimitMinutes, type FormState } from './state';

/** New backup codes: shown once, from the state, never stored in plain text. */
export type BackupCodesState = FormState<{ backupCodes?: string[] }>;

const ownAccount = { roles: ROLES, allowMissingTwoFactor: true } as const;
const signedIn = { roles: ROLES } as const;
/** Passwords and codes are never sent back to the form. */
const noValues = (fieldErrors: FormState['fieldErrors']): FormState => ({ status: 'error', fieldErrors });

export const signOutAction = postAction({ access: ownAccount }, async () => {
  await getAuth().api.signOut({ headers: await headers() });
  redirect(`${adminPath(await getLocale(), ADMIN_SIGN_IN_PATH)}?utlogget`);
});

/** Starts a TOTP setup: a new secret and backup codes, shown on the account page. */
export const enableTwoFactorAction = formAction(
  { access: ownAccount, input: enableTwoFactorSchema, invalid: noValues },
  async ({ input }): Promise<FormState> => {
    try {
      await getAuth().api.enableTwoFactor({ body: { password: input.password }, headers: await headers() });
    } catch (error) {
      if (isAPIError(error) && error.statusCode < 500) {
        return { status: 'error', fieldErrors: { password: [input.password ? 'passwordWrong' : 'passwordRequired'] } };
      }
      throw error;
    }
    redirect(adminPath(await getLocale(), ADMIN_ACCOUNT_PATH));
  },
);

/** Confirms the setup with a code from the app; two-step sign-in is on from then. */
export const confirmTwoFactorAction = formAction(
  {
    access: ownAccount,
    input: codeSchema.refine((value) => /^\d{6}$/.test(value.code), { path: ['code'], error: 'codeInvalid' }),
    invalid: () => ({ status: 'error', fieldErrors: { code: ['codeInvalid'] } }),
  },
  async ({ input }): Promise<FormState> => {
    try {
      await getAuth().api.verifyTOTP({ body: { code: input.code }, headers: await headers() });
    } catch (error) {
      if (isAPIError(error) && error.statusCode < 500) return { status: 'error', fieldErrors: { code: ['codeWrong'] } };
      throw error;
    }
    redirect(`${adminPath(await getLocale(), ADMIN_ACCOUNT_PATH)}?totp=1`);
  },
);

/** Why a password-confirmed request was refused, as the state for that password field. */
function refusal(result: { status: number; retryAfter: number | null }, password: string | undefined, field: string): FormState {
  if (result.status === 429) return { status: 'error', formError: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 60) } };
  if (result.status >= 500) return { status: 'error', formError: 'unexpected' };
  return { status: 'error', fieldErrors: { [field]: [password ? 'passwordWrong' : 'passwordRequired'] } };
}

/** The password field of a form, read as passwordConfirmationSchema's `password`. */
const passwordFrom = (field: string) => (formData: FormData) => {
  const value = formData.get(field);
  return typeof value === 'string' ? { password: value } : {};
};

/** New backup codes (the old ones stop working), confirmed with the password; shown once. */
export const regenerateBackupCodesAction = formAction(
  {
    access: signedIn,
    values: passwordFrom('backupPassword'),
    input: passwordConfirmationSchema,
    invalid: () => ({ status: 'error', fieldErrors: { backupPassword: ['passwordWrong'] } }),
  },
  async ({ input: { password } }): Promise<BackupCodesState> => {
    const result = await callAuthEndpoint('/two-factor/generate-backup-codes', password === undefined ? {} : { password });
    const codes = result.body?.backupCodes;
    if (result.status === 200 && Array.isArray(codes)) return { status: 'done', backupCodes: codes.map(String) };
    return refusal(result, password, 'backupPassword');
  },
);

/** Turns two-step sign-in off, confirmed with the password. Never for admins. */
export const disableTwoFactorAction = formAction(
  {
    access: signedIn,
    values: passwordFrom('disablePassword'),
    input: passwordConfirmationSchema,
    invalid: () => ({ status: 'error', fieldErrors: { disablePassword: ['passwordWrong'] } }),
  },
  async ({ actor, input: { password } }): Promise<FormState> => {
    if (actor.role === 'admin') return { status: 'error', formError: 'twoFactorRequiredForAdmins' };
    const result = await callAuthEndpoint('/two-factor/disable', password === undefined ? {} : { password });
    if (result.status !== 200) return refusal(result, password, 'disablePassword');
    redirect(`${adminPath(await getLocale(), ADMIN_ACCOUNT_PATH)}?totp=av`);
  },
);
