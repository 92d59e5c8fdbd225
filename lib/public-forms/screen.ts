// The checks every public form makes before anything is stored, in one order: the honeypot,
// then validation, then the form token. Validation comes before the token, so a person who
// presses "Send" on an empty form at once is told what is missing rather than thanked.
import type { z } from 'zod';
import { toFieldErrors, type FieldErrors, type FormValues } from '@/lib/validation/form-data';
import { checkFormToken, type PublicForm } from './form-token';
import { HONEYPOT_FIELD } from './honeypot';

export type Screened<T> =
  | { status: 'ok'; data: T }
  /** Looked like spam: answer like a success, so a bot learns nothing; store nothing. */
  | { status: 'discarded' }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  /** The form is too old (or signed with another secret): a person should just send again. */
  | { status: 'expired' };

export function screenSubmission<S extends z.ZodType>(
  schema: S,
  values: FormValues,
  { secret, form, measureId, now }: { secret: string; form: PublicForm; measureId: string; now: Date },
): Screened<z.output<S>> {
  // Only bots fill in the hidden field, or send a complete form within seconds of loading it.
  const honeypot = values[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '') return { status: 'discarded' };
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
  const token = checkFormToken(secret, form, measureId, values.token, now);
  if (token === 'tooFast') return { status: 'discarded' };
  if (token !== 'ok') return { status: 'expired' };
  return { status: 'ok', data: parsed.data };
}

/** A measure id as a form binds it: anything else is no measure, without asking the database. */
export const isMeasureId = (id: string) => /^[0-9a-f-]{36}$/i.test(id);
