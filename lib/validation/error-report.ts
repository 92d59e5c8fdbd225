// "Meld feil": what a visitor sends about a measure's page. Messages are keys under
// ErrorReport.errors (with {min}/{max} where they need them), translated where shown.
import { z } from 'zod';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;

export const ERROR_REPORT_FIELDS = ['message', 'contactName', 'contact'] as const;
export type ErrorReportField = (typeof ERROR_REPORT_FIELDS)[number];

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const blankToNull = (v: unknown) => (v === undefined || v === null || v === '' ? null : v);

const optionalContact = z.preprocess(
  (v) => blankToNull(trimmed(v)),
  z.string({ error: 'invalid' }).max(CONTACT_MAX, { error: 'tooLong' }).nullable(),
);

export const errorReportSchema = z.object({
  message: z.preprocess(
    (v) => trimmed(v ?? ''),
    z
      .string({ error: 'invalid' })
      .min(1, { error: 'required' })
      .min(MESSAGE_MIN, { error: 'tooShort' })
      .max(MESSAGE_MAX, { error: 'tooLong' }),
  ),
  contactName: optionalContact,
  contact: optionalContact,
});

export type ErrorReportInput = z.output<typeof errorReportSchema>;

export type ErrorReportErrorKey = 'required' | 'tooShort' | 'tooLong' | 'invalid';

/** The first message key for each field of a failed parse. */
export function errorReportFieldErrors(error: z.ZodError): Partial<Record<ErrorReportField, ErrorReportErrorKey>> {
  const keys = new Set<string>(['required', 'tooShort', 'tooLong', 'invalid']);
  const result: Partial<Record<ErrorReportField, ErrorReportErrorKey>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field !== 'message' && field !== 'contactName' && field !== 'contact') continue;
    result[field] ??= (keys.has(issue.message) ? issue.message : 'invalid') as ErrorReportErrorKey;
  }
  return result;
}
