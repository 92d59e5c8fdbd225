// "Meld feil": what a visitor sends about a measure's page. Messages are keys under
// ErrorReport.errors (with {min}/{max} where they need them), translated where shown. An empty
// message is only "required", not also "too short".
import { z } from 'zod';
import { FACTS, orderFacts, type Fact } from '@/lib/catalogue/facts';

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;
export const CONTACT_MAX = 200;

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const blankToNull = (v: unknown) => (v === undefined || v === null || v === '' ? null : v);

const optionalContact = z.preprocess(
  (v) => blankToNull(trimmed(v)),
  z.string({ error: 'invalid' }).max(CONTACT_MAX, { error: 'tooLong' }).nullable(),
);

const fact = z.enum(FACTS);

/**
 * The facts a report is about, from the form's link (`?mangler=age,gender`) or its hidden
 * field: comma-separated or repeated. A word that is no fact is dropped, not refused, so an
 * old or hand-edited link still opens the form.
 */
export const reportFactsSchema = z.preprocess(
  (v) => [v].flat().flatMap((x) => (typeof x === 'string' ? x.split(',') : [])),
  z.array(z.string()).transform((words): Fact[] =>
    orderFacts(words.flatMap((word) => fact.safeParse(word.trim()).data ?? [])),
  ),
);

/** The facts named by a link's query value; none when it names no known fact. */
export const parseReportFacts = (value: unknown): Fact[] => reportFactsSchema.safeParse(value).data ?? [];

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
  facts: reportFactsSchema,
});

export type ErrorReportInput = z.output<typeof errorReportSchema>;
