'use client';
// Email and password, then the two-step code when the account has it. Works without
// JavaScript: each step is a plain POST to the same server action.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextField } from '@/components/forms/fields';
import { signInAction, type SignInState } from '@/lib/actions/sign-in';

/** `initialStep: 'code'`: back from single sign-on, the account's TOTP code is still needed. */
export function SignInForm({
  forgotHref,
  signInHref,
  initialStep = 'credentials',
}: {
  forgotHref: string;
  signInHref: string;
  initialStep?: SignInState['step'];
}) {
  const t = useTranslations('Admin.signIn');
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { step: initialStep, status: 'idle' });
  const labels: Record<string, string> = { email: t('email'), password: t('password'), code: t('code') };
  const form = { values: state.values, errors: state.fieldErrors };
  const summary = <ErrorSummary state={state} label={(path) => labels[path] ?? path} />;

  if (state.step === 'code') {
    return (
      <>
        {summary}
        <h2 className="text-xl font-bold">{t('codeTitle')}</h2>
        <p id="code-intro" className="mt-1 max-w-prose">{t('codeIntro')}</p>
        <form action={action} className="mt-4 space-y-4" noValidate>
          <input type="hidden" name="step" value="code" />
          <TextField
            path="code"
            label={labels.code!}
            errors={form.errors}
            autoComplete="one-time-code"
            inputMode="text"
            autoCapitalize="off"
            spellCheck={false}
            required
            autoFocus
          />
          <SubmitButton pending={pending}>{t('codeSubmit')}</SubmitButton>
        </form>
        <p className="mt-6">
          <Link href={signInHref}>{t('startOver')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      {summary}
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="step" value="credentials" />
        <TextField path="email" label={labels.email!} type="email" autoComplete="username" {...form} required />
        <TextField path="password" label={labels.password!} type="password" autoComplete="current-password" {...form} required />
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
      </form>
      <p className="mt-4">
        <Link href={forgotHref}>{t('forgot')}</Link>
      </p>
    </>
  );
}
