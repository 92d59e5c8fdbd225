// Taking in a visitor's error report: spam checks, validation, rate limits, storing. Kept
// apart from the server action (which only reads the request) so tests can call it with
// their own database, secret and clock.
import type { Db } from '@/lib/services/types';
import { toFieldErrors, type FieldErrors, type FormValues } from '@/lib/validation/form-data';
import { errorReportSchema } from '@/lib/validation/error-report';
import { checkFormToken } from './form-token';
import { HONEYPOT_FIELD } from './honeypot';
import { CLIENT_LIMIT, clientKey, hit, MEASURE_LIMIT, measureKey } from './rate-limit';


export type SubmitResult =
  | { status: 'stored'; slug: string }
  /** Looked like spam: answered like a success, so a bot learns nothing; nothing stored. */
  | { status: 'discarded'; slug: string }
  | { status: 'notFound' }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  /** The form is too old (or signed with another secret): a person should just send again. */
  | { status: 'expired' }
  | { status: 'rateLimited'; minutes: number };

export interface SubmitInput {
  measureId: string;
  values: FormValues;
  locale: string;
  clientAddress: string | null;
}

class RateLimited extends Error {
  constructor(readonly minutes: number) {
    super('rate limited');
  }
}

export async function submitErrorReport(
  db: Db,
  input: SubmitInput,
  options: { secret: string; now?: Date },
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const measure = /^[0-9a-f-]{36}$/i.test(input.measureId)
    ? await db.measure.findFirst({ where: { id: input.measureId, status: 'PUBLISHED' }, select: { id: true, slug: true } })
    : null;
  if (!measure) return { status: 'notFound' };

  // Only bots fill in the hidden field, or send a complete report within seconds of
  // loading the form. Validation comes first, so a person who presses "Send" on an empty
  // form at once is told what is missing rather than thanked.
  const honeypot = input.values[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '') return { status: 'discarded', slug: measure.slug };
  const parsed = errorReportSchema.safeParse(input.values);
  if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
  const token = checkFormToken(options.secret, measure.id, input.values.token, now);
  if (token === 'tooFast') return { status: 'discarded', slug: measure.slug };
  if (token !== 'ok') return { status: 'expired' };

  try {
    await db.$transaction(async (tx) => {
      // Both limits and the report in one transaction: a refused report counts nowhere.
      for (const limit of [
        { key: clientKey(options.secret, input.clientAddress), ...CLIENT_LIMIT },
        { key: measureKey(measure.id), ...MEASURE_LIMIT },
      ]) {
        const minutes = await hit(tx, limit, now);
        if (minutes !== null) throw new RateLimited(minutes);
      }
      await tx.errorReport.create({
        data: { measureId: measure.id, ...parsed.data, locale: input.locale, createdAt: now },
      });
    });
  } catch (error) {
    if (error instanceof RateLimited) return { status: 'rateLimited', minutes: error.minutes };
    throw error;
  }
  return { status: 'stored', slug: measure.slug };
}
