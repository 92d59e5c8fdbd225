// What the "Meld feil" form gets back from its server action when it does not redirect.
import type { ErrorReportErrorKey, ErrorReportField } from '@/lib/validation/error-report';

export type ErrorReportFormError = 'expired' | 'rateLimited' | 'notFound';

export interface ErrorReportFormState {
  status: 'idle' | 'error';
  formError?: ErrorReportFormError;
  /** Minutes to wait, for rateLimited. */
  minutes?: number;
  fieldErrors?: Partial<Record<ErrorReportField, ErrorReportErrorKey>>;
  /** What the visitor typed, to fill the form in again. */
  values?: Partial<Record<ErrorReportField, string>>;
  /** The form token to send next time (a fresh one when the old one no longer works). */
  token?: string;
}
