// Taking in a request to be contacted: the public forms' checks (lib/public-forms), then the
// details sealed and stored in one transaction with the rate limits. Kept apart from the
// server action so tests can call it with their own database, secrets and clock. The caller
// puts the delivery job on the queue.
import { randomUUID } from 'node:crypto';
import { findContactableMeasure } from '@/lib/data/contact-requests';
import type { Db } from '@/lib/services/types';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { contactRequestSchema } from '@/lib/validation/contact-request';
import { countSubmission, RateLimited, type FormLimits } from '@/lib/public-forms/rate-limit';
import { isMeasureId, screenSubmission } from '@/lib/public-forms/screen';
import { seal } from './seal';

/** Stricter than Meld feil's: one person rarely needs more than a couple of these. */
export const CONTACT_REQUEST_LIMITS: FormLimits = {
  client: { max: 3, windowMs: 10 * 60 * 1000 },
  measure: { max: 20, windowMs: 60 * 60 * 1000 },
};

export type SubmitResult =
  | { status: 'stored'; id: string; slug: string }
  | { status: 'discarded'; slug: string }
  | { status: 'notFound' }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'expired' }
  | { status: 'rateLimited'; minutes: number };

export interface SubmitInput {
  measureId: string;
  values: FormValues;
  clientAddress: string | null;
}

export async function submitContactRequest(
  db: Db,
  input: SubmitInput,
  options: { secret: string; key: Buffer; now?: Date },
): Promise<SubmitResult> {
  const now = options.now ?? new Date();
  const measure = isMeasureId(input.measureId) ? await findContactableMeasure(db, { id: input.measureId }) : null;
  if (!measure) return { status: 'notFound' };

  const screened = screenSubmission(contactRequestSchema, input.values, { secret: options.secret, form: 'contact-request', measureId: measure.id, now });
  if (screened.status === 'discarded') return { status: 'discarded', slug: measure.slug };
  if (screened.status !== 'ok') return screened;

  const { name, contact, when, message } = screened.data;
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await countSubmission(tx, { form: 'contact-request', limits: CONTACT_REQUEST_LIMITS, secret: options.secret, clientAddress: input.clientAddress, measureId: measure.id }, now);
      await tx.contactRequest.create({
        data: { id, measureId: measure.id, sealed: seal(options.key, id, { name, contact, when, message }), createdAt: now },
      });
    });
  } catch (error) {
    if (error instanceof RateLimited) return { status: 'rateLimited', minutes: error.minutes };
    throw error;
  }
  return { status: 'stored', id, slug: measure.slug };
}
