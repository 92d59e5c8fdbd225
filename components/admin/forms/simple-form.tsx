'use client';
import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { initialFormState, type FormState } from '@/lib/actions/state';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { ConflictNotice } from '../editing/conflict-notice';
import { ErrorSummary } from './error-summary';
import { SubmitButton } from './fields';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The frame of the smaller admin forms (providers, news): error summary, conflict view,
 * the lock token, and the fields, which get the values and errors to show.
 */
export function SimpleForm({
  action,
  initial,
  lockToken,
  children,
}: {
  action: Action;
  initial: FormValues;
  /** updatedAt of the item when the form was opened, for the optimistic lock. */
  lockToken?: string;
  children: (form: { values: FormValues; errors: FieldErrors }) => ReactNode;
}) {
  const t = useTranslations('AdminEdit');
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const failed = state.ok ? null : state;
  const values = failed?.values ?? initial;
  const token = failed?.conflict?.currentVersion ?? (typeof values.updatedAt === 'string' ? values.updatedAt : lockToken);
  return (
    <form action={formAction} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <ErrorSummary fieldErrors={failed?.fieldErrors ?? {}} formError={failed?.formError} stamp={state} />
      {failed?.conflict && <ConflictNotice conflict={failed.conflict} />}
      {token && <input type="hidden" name="updatedAt" value={token} />}
      {children({ values, errors: failed?.fieldErrors ?? {} })}
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending}>{pending ? t('common.saving') : t('common.save')}</SubmitButton>
        <p aria-live="polite" className="text-sm">{pending ? t('common.saving') : ''}</p>
      </div>
    </form>
  );
}
