'use client';
// The two forms of the TOTP setup on the account page: start (or restart) with the
// password, then confirm with a code from the app.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { confirmTwoFactorAction, enableTwoFactorAction } from '@/app/[locale]/admin/konto/actions';
import type { ConfirmTwoFactorState, EnableTwoFactorState } from '@/lib/auth/form-state';
import { ErrorSummary } from './error-summary';
import { SubmitButton, TextField } from './form-controls';
import { useFormErrors } from './use-form-errors';

export function EnableTwoFactorForm({ needsPassword, submitLabel }: { needsPassword: boolean; submitLabel: string }) {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState(enableTwoFactorAction, { status: 'idle' } as EnableTwoFactorState);
  const errors = useFormErrors(state, ['password']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {needsPassword && (
        <TextField
          id="password"
          label={t('password')}
          hint={t('enableIntro')}
          type="password"
          autoComplete="current-password"
          error={errors.field('password')}
          required
        />
      )}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}

export function ConfirmTwoFactorForm() {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState(confirmTwoFactorAction, { status: 'idle' } as ConfirmTwoFactorState);
  const errors = useFormErrors(state, ['code']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      <TextField
        id="code"
        label={t('code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={6}
        error={errors.field('code')}
        required
      />
      <SubmitButton pending={pending}>{t('confirm')}</SubmitButton>
    </form>
  );
}
