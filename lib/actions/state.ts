// The one typed state every form gets back from its server action (lib/actions/safe-action.ts).
// Messages are keys under Forms.errors (the public error report's under ErrorReport.errors),
// translated where the form is shown; `values` is what was sent (never passwords), so the
// form shows it again without JavaScript as with it.
import type { Conflict, Failure } from '@/lib/services/types';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';

export type FormState<Extra extends object = object> = {
  status: 'idle' | 'error' | 'done';
  /** The message for the whole form, shown first in the error summary. */
  formError?: string;
  /** The placeholders the form error needs ({minutes}, {seconds}). */
  errorValues?: Record<string, string | number>;
  /** Field path ("openingHours.0.opensAt") → message keys. */
  fieldErrors?: FieldErrors;
  values?: FormValues;
} & Extra;

export const idleState = { status: 'idle' } as const;

export type RowGroup = 'openingHours' | 'exceptions' | 'locations';

/** The edit forms (measures, providers, news): a conflict to show, spare rows asked for. */
export type EditState = FormState<{
  conflict?: Conflict;
  /** Spare rows asked for with "add more rows" (works without JavaScript). */
  extraRows?: Partial<Record<RowGroup, number>>;
}>;

/** A service's refusal as the form's state; the form keeps what was typed. */
export function failureState(failure: Failure, values: FormValues): EditState {
  switch (failure.error) {
    case 'invalid':
      return { status: 'error', fieldErrors: failure.fieldErrors, values };
    case 'conflict':
      // The form keeps the user's input and takes the current version, so a resubmit merges.
      return { status: 'error', formError: 'conflict', conflict: failure.conflict, values };
    default:
      return { status: 'error', formError: failure.error === 'not_found' ? 'notFound' : 'forbidden', values };
  }
}

/** "add more rows" pressed: same values back, more spare rows of that group. */
export function moreRowsState(intent: unknown, values: FormValues, previous: EditState): EditState | null {
  const group = typeof intent === 'string' && intent.startsWith('more:') ? (intent.slice(5) as RowGroup) : null;
  if (!group || !['openingHours', 'exceptions', 'locations'].includes(group)) return null;
  const extra = previous.extraRows ?? {};
  return { status: 'idle', values, extraRows: { ...extra, [group]: (extra[group] ?? 0) + 3 } };
}

export function rateLimitMinutes(retryAfterSeconds: number | null, fallbackSeconds: number): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? fallbackSeconds) / 60));
}
