// The typed states admin forms get back from their server actions. Error values are keys
// under AdminEdit.errors; `values` is what the person sent, so the form shows it again.
import type { Conflict, Failure } from '@/lib/admin/types';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';

export type RowGroup = 'openingHours' | 'exceptions' | 'locations';

export type FormState =
  | { ok: true }
  | {
      ok: false;
      fieldErrors: FieldErrors;
      formError?: string;
      conflict?: Conflict;
      values?: FormValues;
      /** Spare rows asked for with "add more rows" (works without JavaScript). */
      extraRows?: Partial<Record<RowGroup, number>>;
    };

export const initialFormState: FormState = { ok: true };

export function failureState(failure: Failure, values: FormValues): FormState {
  switch (failure.error) {
    case 'invalid':
      return { ok: false, fieldErrors: failure.fieldErrors, values };
    case 'conflict':
      // The form keeps the user's input and takes the current version, so a resubmit merges.
      return { ok: false, fieldErrors: {}, formError: 'conflict', conflict: failure.conflict, values };
    default:
      return { ok: false, fieldErrors: {}, formError: failure.error === 'not_found' ? 'notFound' : 'forbidden', values };
  }
}

/** "add more rows" pressed: same values back, more spare rows of that group. */
export function moreRowsState(intent: FormDataEntryValue | null, values: FormValues, previous: FormState): FormState | null {
  const group = typeof intent === 'string' && intent.startsWith('more:') ? (intent.slice(5) as RowGroup) : null;
  if (!group || !['openingHours', 'exceptions', 'locations'].includes(group)) return null;
  const extra = (!previous.ok && previous.extraRows) || {};
  return { ok: false, fieldErrors: {}, values, extraRows: { ...extra, [group]: (extra[group] ?? 0) + 3 } };
}
