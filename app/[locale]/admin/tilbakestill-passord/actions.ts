'use server';
// Choosing a new password with the link from the reset mail. Public by design (on the
// allow-list in tests/integration/auth-admin-actions.test.ts): the token in the link is the
// proof. Better Auth ends every session of the account when the password changes.
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { boundFormActionArgs, checkActionArgs } from '@/lib/actions/args';
import { callAuthEndpoint } from '@/lib/auth/endpoint';
import { fieldErrorsOf, rateLimitMinutes, type ResetPasswordState } from '@/lib/auth/form-state';
import { ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { newPasswordSchema } from '@/lib/auth/schemas';

export async function resetPasswordAction(
  token: string,
  _previous: ResetPasswordState,
  formData: FormData,
): Promise<ResetPasswordState> {
  checkActionArgs(boundFormActionArgs, [token, _previous, formData]);
  const parsed = newPasswordSchema.safeParse({
    token,
    password: String(formData.get('password') ?? ''),
    confirm: String(formData.get('confirm') ?? ''),
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf<'password' | 'confirm' | 'token'>(parsed.error);
    if (fieldErrors.token) return { status: 'error', error: 'resetTokenInvalid' };
    return { status: 'error', fieldErrors: { password: fieldErrors.password, confirm: fieldErrors.confirm } };
  }
  const result = await callAuthEndpoint('/reset-password', { token, newPassword: parsed.data.password });
  if (result.status === 429) {
    return { status: 'error', error: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 900) } };
  }
  if (result.status >= 500) return { status: 'error', error: 'unexpected' };
  if (result.status !== 200) return { status: 'error', error: 'resetTokenInvalid' };
  redirect(`${adminPath(await getLocale(), ADMIN_SIGN_IN_PATH)}?passord=endret`);
}
