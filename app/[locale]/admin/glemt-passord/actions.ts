'use server';
// Asking for a password-reset link. Public by design (on the allow-list in
// tests/integration/auth-admin-actions.test.ts); the answer is the same whether or not the
// address has an account.
import { getLocale } from 'next-intl/server';
import { checkActionArgs, formActionArgs } from '@/lib/actions/args';
import { callAuthEndpoint } from '@/lib/auth/endpoint';
import { fieldErrorsOf, rateLimitMinutes, type RequestResetState } from '@/lib/auth/form-state';
import { adminPath } from '@/lib/auth/paths';
import { requestResetSchema } from '@/lib/auth/schemas';

export async function requestPasswordResetAction(
  _previous: RequestResetState,
  formData: FormData,
): Promise<RequestResetState> {
  checkActionArgs(formActionArgs, [_previous, formData]);
  const values = { email: String(formData.get('email') ?? '') };
  const parsed = requestResetSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await callAuthEndpoint('/request-password-reset', {
    email: parsed.data.email,
    redirectTo: adminPath(await getLocale(), '/admin/tilbakestill-passord'),
  });
  if (result.status === 429) {
    return { status: 'error', error: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 900) }, values };
  }
  if (result.status >= 500) return { status: 'error', error: 'unexpected', values };
  return { status: 'done' };
}
