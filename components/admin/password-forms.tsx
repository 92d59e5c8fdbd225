'use client';
// Asking for a reset link, and choosing a new password with it.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { requestPasswordResetAction } from '@/app/[locale]/admin/glemt-passord/actions';
import type { RequestResetState, ResetPasswordState } from '@/lib/auth/form-state';
import { ErrorSummary } from './error-summary';
import { Notice, SubmitButton, TextField } from './form-controls';
import { useFormErrors } from './use-form-errors';

export function ForgotPasswordForm({ signInHref }: { signInHref: string }) {
  const t = useTranslations('Admin.forgot');
  const [state, action, pending] = useActionState(requestPasswordResetAction, { status: 'idle' } as RequestResetState);
  const errors = useFormErrors(state, ['email']);
  return (
    <>
      {state.status === 'done' ? (
        <Notice tone="success">{t('sent')}</Notice>
      ) : (
        <form action={action} className="space-y-4" noValidate>
          <ErrorSummary title={errors.title} items={errors.items} token={state} />
          <TextField
            id="email"
            label={t('email')}
            type="email"
            autoComplete="username"
            defaultValue={state.values?.email ?? ''}
            error={errors.field('email')}
            required
          />
          <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
        </form>
      )}
      <p className="mt-6">
        <Link href={signInHref}>{t('back')}</Link>
      </p>
    </>
  );
}

/**
 * `resetPassword` comes bound to the link's token from the server page: binding it here,
 * in a client render, made a new action on every render, and React's server renderer
 * retried a failed no-JS post forever.
 */
export function ResetPasswordForm({
  resetPassword,
}: {
  resetPassword: (previous: ResetPasswordState, formData: FormData) => Promise<ResetPasswordState>;
}) {
  const t = useTranslations('Admin.reset');
  const [state, action, pending] = useActionState(resetPassword, { status: 'idle' } as ResetPasswordState);
  const errors = useFormErrors(state, ['password', 'confirm']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      <TextField
        id="password"
        label={t('password')}
        hint={t('passwordHint')}
        type="password"
        autoComplete="new-password"
        minLength={12}
        error={errors.field('password')}
        required
      />
      <TextField
        id="confirm"
        label={t('confirm')}
        type="password"
        autoComplete="new-password"
        error={errors.field('confirm')}
        required
      />
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
