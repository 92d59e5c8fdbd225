'use client';
// Asking for a reset link, and choosing a new password with it.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice, SubmitButton, TextField } from '@/components/forms/fields';
import { requestPasswordResetAction } from '@/lib/actions/password-reset';
import { idleState, type FormState } from '@/lib/actions/state';

export function ForgotPasswordForm({ signInHref }: { signInHref: string }) {
  const t = useTranslations('Admin.forgot');
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordResetAction, idleState);
  return (
    <>
      {state.status === 'done' ? (
        <Notice tone="success">{t('sent')}</Notice>
      ) : (
        <form action={action} className="space-y-4" noValidate>
          <ErrorSummary state={state} label={() => t('email')} />
          <TextField
            path="email"
            label={t('email')}
            type="email"
            autoComplete="username"
            values={state.values}
            errors={state.fieldErrors}
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
  resetPassword: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations('Admin.reset');
  const [state, action, pending] = useActionState(resetPassword, idleState as FormState);
  const labels: Record<string, string> = { password: t('password'), confirm: t('confirm') };
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={(path) => labels[path] ?? path} />
      <TextField
        path="password"
        label={labels.password!}
        hint={t('passwordHint')}
        type="password"
        autoComplete="new-password"
        minLength={12}
        errors={state.fieldErrors}
        required
      />
      <TextField path="confirm" label={labels.confirm!} type="password" autoComplete="new-password" errors={state.fieldErrors} required />
      <SubmitButton pending={pending}>{t('submit')}</SubmitButton>
    </form>
  );
}
