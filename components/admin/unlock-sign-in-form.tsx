'use client';
// A person's sign-in lock on the admin's user page: "Låst til 14:05" and a button that lifts
// it. A plain form posting to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { UnlockSignInState } from '@/lib/auth/form-state';
import { unlockSignInAction } from '@/lib/actions/sign-in-lock';
import { ErrorSummary } from './error-summary';
import { Notice, SubmitButton } from './form-controls';
import { useFormErrors } from './use-form-errors';

/** `lockedUntil`: the time the lock ends, already formatted, or null when not locked. */
export function UnlockSignInForm({ userId, lockedUntil }: { userId: string; lockedUntil: string | null }) {
  const t = useTranslations('Admin.signInLock');
  const [state, action, pending] = useActionState(unlockSignInAction, { status: 'idle' } as UnlockSignInState);
  const errors = useFormErrors(state, []);
  if (state.status === 'done') return <Notice tone="success">{t('unlocked')}</Notice>;
  if (!lockedUntil) return <p>{t('notLocked')}</p>;
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      <p>{t('lockedUntil', { time: lockedUntil })}</p>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending}>{t('unlock')}</SubmitButton>
    </form>
  );
}
