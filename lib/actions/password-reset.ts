'use server';
// Asking for a password-reset link, and choosing a new password with it. Open to anyone by
// design: the answer to a request is the same whether or not the address has an account,
// and the token in the link is the proof for a new password. Better Auth limits both and
// ends every session of the account when the password changes.
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { callAuthEndpoint } from '@/lib/auth/endpoint';
import { ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { newPasswordSchema, requestResetSchema } from '@/lib/auth/schemas';
import { formAction } from './safe-action';
import { rateLimitMinutes, type FormState } from './state';

const RESET_PATH = '/admin/tilbakestill-passord';

export const requestPasswordResetAction = formAction(
  { access: { anonymous: 'the same answer for every address; Better Auth limits the requests' }, input: requestResetSchema },
  async ({ input, values }): Promise<FormState> => {
    const result = await callAuthEndpoint('/request-password-reset', {
      email: input.email,
      redirectTo: adminPath(await getLocale(), RESET_PATH),
    });
    if (result.status === 429) {
      return { status: 'error', formError: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 900) }, values };
    }
    if (result.status >= 500) return { status: 'error', formError: 'unexpected', values };
    return { status: 'done' };
  },
);

/** `token` is bound by the page, from the link in the mail. */
export const resetPasswordAction = formAction(
  {
    access: { anonymous: 'the token in the link is the proof' },
    bound: [z.string().max(1000)],
    values: (formData) => ({ password: String(formData.get('password') ?? ''), confirm: String(formData.get('confirm') ?? '') }),
    input: ([token]) => z.preprocess((values) => ({ ...(values as object), token }), newPasswordSchema),
    // Passwords are never sent back; a bad token is the whole form's problem.
    invalid: ({ token, ...fieldErrors }) => (token ? { status: 'error', formError: 'resetTokenInvalid' } : { status: 'error', fieldErrors }),
  },
  async ({ bound: [token], input }): Promise<FormState> => {
    const result = await callAuthEndpoint('/reset-password', { token, newPassword: input.password });
    if (result.status === 429) {
      return { status: 'error', formError: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 900) } };
    }
    if (result.status >= 500) return { status: 'error', formError: 'unexpected' };
    if (result.status !== 200) return { status: 'error', formError: 'resetTokenInvalid' };
    redirect(`${adminPath(await getLocale(), ADMIN_SIGN_IN_PATH)}?passord=endret`);
  },
);
