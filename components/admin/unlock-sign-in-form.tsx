'use client';
// A person's sign-in lock on the admin's user page: "Låst til 14:05" and a button that lifts
// it. A plain form posting to a server action (works without JavaScript).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Notice, SubmitButton } from '@/components/forms/fields';
import { unlockSignInAction } from '@/lib/actions/sign-in-lock';
import { idleState, type FormState } from '@/lib/actions/state';

/** `lockedUntil`: the time the lock ends, already formatted, or null when not locked. */
export function UnlockSignInForm({ userId, lockedUntil }: { userId: string; lockedUntil: string | null }) {
  const t = useTranslations('Admin.signInLock');
  const [state, action, pending] = useActionState<FormState, FormData>(unlockSignInAction, idleState);
  if (state.status === 'done') return <Notice tone="success">{t('unlocked')}</Notice>;
  if (!lockedUntil) return <p>{t('notLocked')}</p>;
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={(path) => path} />
      <p>{t('lockedUntil', { time: lockedUntil })}</p>
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pending={pending}>{t('unlock')}</SubmitButton>
    </form>
  );
}
