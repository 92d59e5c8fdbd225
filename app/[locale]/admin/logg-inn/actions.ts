'use server';
// Signing in. Public by design (an anonymous visitor is who signs in), so these actions are
// on the allow-list in tests/integration/auth-admin-actions.test.ts. They go through Better
// Auth's request handler, so its rate limit and origin check apply.
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { checkActionArgs, formActionArgs } from '@/lib/actions/args';
import { OIDC_PROVIDER_ID } from '@/lib/auth';
import { callAuthEndpoint, type EndpointResult } from '@/lib/auth/endpoint';
import { fieldErrorsOf, rateLimitMinutes, type SignInState } from '@/lib/auth/form-state';
import { ADMIN_HOME_PATH, ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { codeSchema, signInSchema } from '@/lib/auth/schemas';
import { env } from '@/lib/env';

const SERVER_ERROR = 500;

/** A 429: the account's lock or slow-down (lib/auth/account-lock.ts), or the per-address limit. */
function tooMany(result: EndpointResult, windowSeconds: number): Pick<SignInState, 'error' | 'errorValues'> {
  const code = String(result.body?.code ?? '');
  if (code === 'ACCOUNT_LOCKED') return { error: 'accountLocked', errorValues: { minutes: rateLimitMinutes(result.retryAfter, 60) } };
  if (code === 'SLOW_DOWN') return { error: 'slowDown', errorValues: { seconds: result.retryAfter ?? 1 } };
  return { error: 'rateLimited', errorValues: { minutes: rateLimitMinutes(result.retryAfter, windowSeconds) } };
}

async function verifyCode(formData: FormData): Promise<SignInState> {
  const parsed = codeSchema.safeParse({ code: String(formData.get('code') ?? '') });
  if (!parsed.success) {
    return { step: 'code', status: 'error', fieldErrors: { code: 'codeInvalid' } };
  }
  const { code } = parsed.data;
  const path = /^\d{6}$/.test(code) ? '/two-factor/verify-totp' : '/two-factor/verify-backup-code';
  const result = await callAuthEndpoint(path, { code, trustDevice: false });
  if (result.status === 200) redirect(adminPath(await getLocale(), ADMIN_HOME_PATH));
  if (result.status === 429) return { step: 'code', status: 'error', ...tooMany(result, 60) };
  const reason = String(result.body?.code ?? '');
  if (reason.includes('TWO_FACTOR_COOKIE') || reason.includes('TOO_MANY_ATTEMPTS')) {
    return { step: 'credentials', status: 'error', error: 'codeExpired' };
  }
  if (result.status >= SERVER_ERROR) return { step: 'code', status: 'error', error: 'unexpected' };
  return { step: 'code', status: 'error', fieldErrors: { code: 'codeWrong' } };
}

/** Email and password, then (for people with two-step sign-in) the code. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  checkActionArgs(formActionArgs, [_previous, formData]);
  if (formData.get('step') === 'code') return verifyCode(formData);

  const input = { email: String(formData.get('email') ?? ''), password: String(formData.get('password') ?? '') };
  const values = { email: input.email };
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { step: 'credentials', status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const result = await callAuthEndpoint('/sign-in/email', { ...parsed.data, rememberMe: true });
  if (result.status === 429) {
    return { step: 'credentials', status: 'error', ...tooMany(result, env.AUTH_SIGNIN_WINDOW_SECONDS), values };
  }
  if (result.status >= SERVER_ERROR) return { step: 'credentials', status: 'error', error: 'unexpected', values };
  // One message for every refusal (unknown address, wrong password, banned), so the form
  // never tells whether an address has an account.
  if (result.status !== 200) return { step: 'credentials', status: 'error', error: 'invalidCredentials', values };
  if (result.body?.twoFactorRedirect) return { step: 'code', status: 'idle' };
  redirect(adminPath(await getLocale(), ADMIN_HOME_PATH));
}

/** Single sign-on: off to the identity provider, back to the dashboard. */
export async function ssoSignInAction(): Promise<void> {
  const locale = await getLocale();
  const result = await callAuthEndpoint('/sign-in/social', {
    provider: OIDC_PROVIDER_ID,
    callbackURL: adminPath(locale, ADMIN_HOME_PATH),
    errorCallbackURL: `${adminPath(locale, ADMIN_SIGN_IN_PATH)}?feil=sso`,
  });
  const url = typeof result.body?.url === 'string' ? result.body.url : null;
  redirect(url ?? `${adminPath(locale, ADMIN_SIGN_IN_PATH)}?feil=sso`);
}
