'use client';
import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/fields';
import { idleState, type EditState } from '@/lib/actions/state';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { ConflictNotice } from '../editing/conflict-notice';
import { fieldLabel } from './field-label';

export type EditAction = (state: EditState, formData: FormData) => Promise<EditState>;

/**
 * The frame of the smaller admin forms (providers, news): error summary, conflict view,
 * the lock token, and the fields, which get the values and errors to show.
 */
export function SimpleForm({
  action,
  initial,
  lockToken,
  tokenField = 'updatedAt',
  labels = {},
  children,
}: {
  action: EditAction;
  initial: FormValues;
  /** updatedAt of the item when the form was opened, for the optimistic lock. */
  lockToken?: string;
  /** The lock token's field: updatedAt, or version for models with a version column. */
  tokenField?: 'updatedAt' | 'version';
  /** Labels this form words its own way (the error summary names fields by them). */
  labels?: Record<string, string>;
  children: (form: { values: FormValues; errors: FieldErrors }) => ReactNode;
}) {
  const t = useTranslations('AdminEdit');
  const [state, formAction, pending] = useActionState<EditState, FormData>(action, idleState);
  const values = state.values ?? initial;
  const sent = values[tokenField];
  const token = state.conflict?.currentVersion ?? (typeof sent === 'string' ? sent : lockToken);
  return (
    <form action={formAction} noValidate className="space-y-4" aria-busy={pending || undefined}>
      <ErrorSummary state={state} label={(path) => labels[path] ?? fieldLabel(t, path)} />
      {state.conflict && <ConflictNotice conflict={state.conflict} />}
      {token && <input type="hidden" name={tokenField} value={token} />}
      {children({ values, errors: state.fieldErrors ?? {} })}
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending}>{pending ? t('common.saving') : t('common.save')}</SubmitButton>
        <p aria-live="polite" className="text-sm">{pending ? t('common.saving') : ''}</p>
      </div>
    </form>
  );
}
