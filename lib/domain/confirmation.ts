// When a published measure is due for a confirmation request, when its contact is reminded,
// and when an unanswered request makes it "Ubesvart" (README, "Keeping listings true"). The
// interval is the stale rule's (lib/domain/stale.ts), so "due" and "stale" never disagree.
import { addDays, addMonths } from './oslo-date';
import { STALE_MONTHS } from './stale';

/** The reminder goes this many days after the first mail, if nobody has answered. */
export const REMINDER_AFTER_DAYS = 21;
/** Unanswered this many months after the due date: "Ubesvart". */
export const UNANSWERED_AFTER_MONTHS = 2;
/** A link works this many days after its mail (a reminder's new link as long). */
export const LINK_VALID_DAYS = 30;

/**
 * The date (YYYY-MM-DD) a measure falls due: the interval after its last confirmation. A
 * measure never confirmed is due today.
 */
export function dueDate(lastVerifiedAt: string | null, today: string, intervalMonths = STALE_MONTHS): string {
  return lastVerifiedAt === null ? today : addMonths(lastVerifiedAt, intervalMonths);
}

export const isDue = (lastVerifiedAt: string | null, today: string, intervalMonths = STALE_MONTHS) =>
  dueDate(lastVerifiedAt, today, intervalMonths) <= today;

/**
 * Whether a measure was already asked in its current round: some request has included it
 * since its last confirmation (every request when it was never confirmed).
 */
export function askedThisRound(lastVerifiedAt: string | null, askedOn: readonly string[]): boolean {
  return askedOn.some((day) => lastVerifiedAt === null || day >= lastVerifiedAt);
}

/** The reminder is due on this date (first mail's date + 21 days). */
export const reminderDate = (sentOn: string) => addDays(sentOn, REMINDER_AFTER_DAYS);

/** From this date an unanswered item counts as "Ubesvart". */
export const unansweredFrom = (dueOn: string) => addMonths(dueOn, UNANSWERED_AFTER_MONTHS);

/**
 * An item is unanswered when its time is up, nobody answered it and the measure has not been
 * confirmed since it fell due (an editor may have confirmed it by hand meanwhile).
 */
export function isUnanswered(item: { dueOn: string; answered: boolean }, lastVerifiedAt: string | null, today: string): boolean {
  if (item.answered) return false;
  if (lastVerifiedAt !== null && lastVerifiedAt >= item.dueOn) return false;
  return unansweredFrom(item.dueOn) <= today;
}

/** A link sent at `sentAt` stops working at this moment. */
export const linkExpiry = (sentAt: Date) => new Date(sentAt.getTime() + LINK_VALID_DAYS * 24 * 60 * 60 * 1000);
