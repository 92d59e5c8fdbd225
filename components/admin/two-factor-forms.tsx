'use client';
// The account page's two-step sign-in forms: the setup (start or restart with the password,
// then confirm with a code from the app), new backup codes, and turning it off.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  enableTwoFactorAction,
  regenerateBackupCodesAction,
} from '@/app/[locale]/admin/konto/actions';
import type {
  BackupCodesState,
  ConfirmTwoFactorState,
  DisableTwoFactorState,
  EnableTwoFactorState,
} from '@/lib/auth/form-state';
import { ErrorSummary } from './error-summary';
import { Notice, SubmitButton, TextField } from './form-controls';
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

/** New backup codes; they are in the action's answer only, so they show this once. */
export function BackupCodesForm({ needsPassword }: { needsPassword: boolean }) {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState(regenerateBackupCodesAction, { status: 'idle' } as BackupCodesState);
  const errors = useFormErrors(state, ['backupPassword']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {state.status === 'done' && state.backupCodes && (
        <Notice tone="success">
          <p>{t('backupNewDone')}</p>
          <ul className="mt-2 grid max-w-md grid-cols-2 gap-1 font-mono" data-testid="new-backup-codes">
            {state.backupCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </Notice>
      )}
      {needsPassword && (
        <TextField
          id="backupPassword"
          label={t('password')}
          hint={t('confirmWithPassword')}
          type="password"
          autoComplete="current-password"
          error={errors.field('backupPassword')}
          required
        />
      )}
      <SubmitButton pending={pending}>{t('backupNew')}</SubmitButton>
    </form>
  );
}

export function DisableTwoFactorForm({ needsPassword }: { needsPassword: boolean }) {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState(disableTwoFactorAction, { status: 'idle' } as DisableTwoFactorState);
  const errors = useFormErrors(state, ['disablePassword']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {needsPassword && (
        <TextField
          id="disablePassword"
          label={t('password')}
          hint={t('confirmWithPassword')}
          type="password"
          autoComplete="current-password"
          error={errors.field('disablePassword')}
          required
        />
      )}
      <SubmitButton pending={pending}>{t('disable')}</SubmitButton>
    </form>
  );
}
