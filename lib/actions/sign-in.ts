'use server';
// Signing in. Open to anyone by design (an anonymous visitor is who signs in). Both go
// through Better Auth's request handler, so its rate limit and origin check apply.
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { OIDC_PROVIDER_ID } from '@/lib/auth';
import { callAuthEndpoint, type EndpointResult } from '@/lib/auth/endpoint';
import { ADMIN_HOME_PATH, ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { codeSchema, signInSchema } from '@/lib/auth/schemas';
import { env } from '@/lib/env';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { formAction, keptValues, postAction } from './safe-action';
import { rateLimitMinutes, type FormState } from './state';

export type SignInState = FormState<{ step: 'credentials' | 'code' }>;

const SERVER_ERROR = 500;
const SECRET = ['password', 'code'];
const WHY = 'signing in is what an anonymous visitor does; Better Auth limits the attempts';

/** The step the form was on decides what it holds: email and password, or the code. */
const signInForm = z.discriminatedUnion('step', [
  signInSchema.extend({ step: z.literal('credentials') }),
  codeSchema.extend({ step: z.literal('code') }),
]);

/** A 429: the account's lock or slow-down (lib/auth/account-lock.ts), or the per-address limit. */
function tooMany(result: EndpointResult, windowSeconds: number): Pick<SignInState, 'formError' | 'errorValues'> {
  const code = String(result.body?.code ?? '');
  if (code === 'ACCOUNT_LOCKED') return { formError: 'accountLocked', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 60) } };
  if (code === 'SLOW_DOWN') return { formError: 'slowDown', errorValues: { seconds: result.retryAfter ?? 1 } };
  return { formError: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, windowSeconds) } };
}

async function verifyCode(code: string): Promise<SignInState> {
  const path = /^\d{6}$/.test(code) ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code';
  const result = await callAuthEndpoint(path, { code, trustDevice: false });
  if (result.status === 200) redirect(adminPath(await getLocale(), ADMIN_HOME_PATH));
  if (result.status === 429) return { step: 'code', status: 'error', ...tooMany(result, 60) };
  const reason = String(result.body?.code ?? '');
  if (reason.includes('TWO_FACTOR_COOKIE') || reason.includes('TOO_MANY_ATTEMPTS')) {
    return { step: 'credentials', status: 'error', formError: 'codeExpired' };
  }
  if (result.status >= SERVER_ERROR) return { step: 'code', status: 'error', formError: 'unexpected' };
  return { step: 'code', status: 'error', fieldErrors: { code: ['codeWrong'] } };
}

/** Email and password, then (for people with two-step sign-in) the code. */
export const signInAction = formAction(
  {
    access: { anonymous: WHY },
    input: signInForm,
    invalid: (fieldErrors: FieldErrors, { values }: { values: FormValues }): SignInState => ({
      step: values.step === 'code' ? 'code' : 'credentials',
      status: 'error',
      fieldErrors,
      values: keptValues(values, SECRET),
    }),
  },
  async ({ input }): Promise<SignInState> => {
    if (input.step === 'code') return verifyCode(input.code);
    const values = { email: input.email };
    const result = await callAuthEndpoint('/sign-in/email', { email: input.email, password: input.password, rememberMe: true });
    if (result.status === 429) {
      return { step: 'credentials', status: 'error', ...tooMany(result, env.AUTH_SIGNIN_WINDOW_SECONDS), values };
    }
    if (result.status >= SERVER_ERROR) return { step: 'credentials', status: 'error', formError: 'unexpected', values };
    // One message for every refusal (unknown address, wrong password, banned), so the form
    // never tells whether an address has an account.
    if (result.status !== 200) return { step: 'credentials', status: 'error', formError: 'invalidCredentials', values };
    if (result.body?.twoFactorRedirect) return { step: 'code', status: 'idle' };
    redirect(adminPath(await getLocale(), ADMIN_HOME_PATH));
  },
);

/** Single sign-on: off to the identity provider, back to the dashboard. */
export const ssoSignInAction = postAction({ access: { anonymous: WHY } }, async () => {
  const locale = await getLocale();
  const result = await callAuthEndpoint('/sign-in/social', {
    provider: OIDC_PROVIDER_ID,
    callbackURL: adminPath(locale, ADMIN_HOME_PATH),
    errorCallbackURL: `${adminPath(locale, ADMIN_SIGN_IN_PATH)}?feil=sso`,
  });
  const url = typeof result.body?.url === 'string' ? result.body.url : null;
  redirect(url ?? `${adminPath(locale, ADMIN_SIGN_IN_PATH)}?feil=sso`);
});
