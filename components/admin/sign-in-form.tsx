'use client';
// Email and password, then the two-step code when the account has it. Works without
// JavaScript: each step is a plain POST to the same server action.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction } from '@/app/[locale]/admin/logg-inn/actions';
import type { SignInState } from '@/lib/auth/form-state';
import { ErrorSummary } from './error-summary';
import { SubmitButton, TextField } from './form-controls';
import { useFormErrors } from './use-form-errors';

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
  const [state, action, pending] = useActionState(signInAction, { step: initialStep, status: 'idle' } as SignInState);
  const errors = useFormErrors(state, ['email', 'password', 'code']);

  if (state.step === 'code') {
    return (
      <>
        <ErrorSummary title={errors.title} items={errors.items} token={state} />
        <h2 className="text-xl font-bold">{t('codeTitle')}</h2>
        <p id="code-intro" className="mt-1 max-w-prose">{t('codeIntro')}</p>
        <form action={action} className="mt-4 space-y-4" noValidate>
          <input type="hidden" name="step" value="code" />
          <TextField
            id="code"
            label={t('code')}
            error={errors.field('code')}
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
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="step" value="credentials" />
        <TextField
          id="email"
          label={t('email')}
          type="email"
          autoComplete="username"
          defaultValue={state.values?.email ?? ''}
          error={errors.field('email')}
          required
        />
        <TextField
          id="password"
          label={t('password')}
          type="password"
          autoComplete="current-password"
          error={errors.field('password')}
          required
        />
        <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
      </form>
      <p className="mt-4">
        <Link href={forgotHref}>{t('forgot')}</Link>
      </p>
    </>
  );
}
