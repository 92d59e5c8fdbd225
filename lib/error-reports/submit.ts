// Taking in a visitor's error report: spam checks, validation, rate limits, storing. Kept
// apart from the server action (which only reads the request) so tests can call it with
// their own database, secret and clock. The checks are the public forms' (lib/public-forms).
import type { Db } from '@/lib/services/types';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { errorReportSchema } from '@/lib/validation/error-report';
import { countSubmission, RateLimited, type FormLimits } from '@/lib/public-forms/rate-limit';
import { isMeasureId, screenSubmission } from '@/lib/public-forms/screen';

export const ERROR_REPORT_LIMITS: FormLimits = {
  client: { max: 5, windowMs: 10 * 60 * 1000 },
  measure: { max: 20, windowMs: 60 * 60 * 1000 },
};

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

export async function submitErrorReport(
  db: Db,
  input: SubmitInput,
  options: { secret: string; now?: Date },
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const measure = isMeasureId(input.measureId)
    ? await db.measure.findFirst({ where: { id: input.measureId, status: 'PUBLISHED' }, select: { id: true, slug: true } })
    : null;
  if (!measure) return { status: 'notFound' };

  const screened = screenSubmission(errorReportSchema, input.values, { secret: options.secret, form: 'error-report', measureId: measure.id, now });
  if (screened.status === 'discarded') return { status: 'discarded', slug: measure.slug };
  if (screened.status !== 'ok') return screened;

  try {
    await db.$transaction(async (tx) => {
      // Both limits and the report in one transaction: a refused report counts nowhere.
      await countSubmission(tx, { form: 'error-report', limits: ERROR_REPORT_LIMITS, secret: options.secret, clientAddress: input.clientAddress, measureId: measure.id }, now);
      await tx.errorReport.create({
        data: { measureId: measure.id, ...screened.data, locale: input.locale, createdAt: now },
      });
    });
  } catch (error) {
    if (error instanceof RateLimited) return { status: 'rateLimited', minutes: error.minutes };
    throw error;
  }
  return { status: 'stored', slug: measure.slug };
}
