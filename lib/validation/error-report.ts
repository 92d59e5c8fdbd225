// "Meld feil": what a visitor sends about a measure's page. Messages are keys under
// ErrorReport.errors (with {min}/{max} where they need them), translated where shown. An empty
// message is only "required", not also "too short".
import { z } from 'zod';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;

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
      .min(1, { error: 'required', abort: true })
      .min(MESSAGE_MIN, { error: 'tooShort' })
      .max(MESSAGE_MAX, { error: 'tooLong' }),
  ),
  contactName: optionalContact,
  contact: optionalContact,
});

export type ErrorReportInput = z.output<typeof errorReportSchema>;
