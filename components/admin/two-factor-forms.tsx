'use client';
// The account page's two-step sign-in forms: the setup (start or restart with the password,
// then confirm with a code from the app), new backup codes, and turning it off.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice, SubmitButton, TextField } from '@/components/forms/fields';
import {
  confirmTwoFactorAction,
  disableTwoFactorAction,
  enableTwoFactorAction,
  regenerateBackupCodesAction,
  type BackupCodesState,
} from '@/lib/actions/account';
import { idleState, type FormState } from '@/lib/actions/state';

/** A password field that confirms a change to one's own sign-in. */
function PasswordField({ path, hint, state }: { path: string; hint: string; state: FormState }) {
  const t = useTranslations('Admin.account');
  return (
    <TextField path={path} label={t('password')} hint={hint} type="password" autoComplete="current-password" errors={state.fieldErrors} required />
  );
}

export function EnableTwoFactorForm({ needsPassword, submitLabel }: { needsPassword: boolean; submitLabel: string }) {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState<FormState, FormData>(enableTwoFactorAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={() => t('password')} />
      {needsPassword && <PasswordField path="password" hint={t('enableIntro')} state={state} />}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}

export function ConfirmTwoFactorForm() {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState<FormState, FormData>(confirmTwoFactorAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={() => t('code')} />
      <TextField
        path="code"
        label={t('code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={6}
        errors={state.fieldErrors}
        required
      />
      <SubmitButton pending={pending}>{t('confirm')}</SubmitButton>
    </form>
  );
}

/** New backup codes; they are in the action's answer only, so they show this once. */
export function BackupCodesForm({ needsPassword }: { needsPassword: boolean }) {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState<BackupCodesState, FormData>(regenerateBackupCodesAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={() => t('password')} />
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
      {needsPassword && <PasswordField path="backupPassword" hint={t('confirmWithPassword')} state={state} />}
      <SubmitButton pending={pending}>{t('backupNew')}</SubmitButton>
    </form>
  );
}

export function DisableTwoFactorForm({ needsPassword }: { needsPassword: boolean }) {
  const t = useTranslations('Admin.account');
  const [state, action, pending] = useActionState<FormState, FormData>(disableTwoFactorAction, idleState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={() => t('password')} />
      {needsPassword && <PasswordField path="disablePassword" hint={t('confirmWithPassword')} state={state} />}
      <SubmitButton pending={pending}>{t('disable')}</SubmitButton>
    </form>
  );
}
