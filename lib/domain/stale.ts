// The stale rule: a measure whose facts nobody has confirmed for STALE_MONTHS is listed for
// follow-up (the dashboard and the measure list's filter), unless it is archived. The same
// interval makes a published measure due for a confirmation request (CONFIRMATION_INTERVAL_MONTHS).
import { env } from '@/lib/env';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { addMonths } from './oslo-date';

export const STALE_MONTHS = env.CONFIRMATION_INTERVAL_MONTHS;

/** Verified before this date (YYYY-MM-DD) is stale: the same day STALE_MONTHS before today. */
export const staleBefore = (today: string) => addMonths(today, -STALE_MONTHS);

export function isStale(measure: { status: PublicationStatus; lastVerifiedAt: string | null }, today: string): boolean {
  return measure.status !== 'ARCHIVED' && (measure.lastVerifiedAt === null || measure.lastVerifiedAt < staleBefore(today));
}
