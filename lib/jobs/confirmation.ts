// The confirmation schedule (README, "Keeping listings true"), as queue jobs:
//   confirmation-scan (daily): asks for every due measure, one request per contact listing
//     all its provider's due measures; queues reminders after 21 days; marks items nobody
//     answered two months after they fell due ("Ubesvart");
//   confirmation-mail: sends one request's mail (or its reminder), retried with backoff.
// Both take the job's clock (`now`), so tests run them on a test clock.
import { issueToken } from '@/lib/confirmation/token';
import { linkExpiry, REMINDER_AFTER_DAYS, UNANSWERED_AFTER_MONTHS } from '@/lib/domain/confirmation';
import { addMonths, dateColumn, osloDate } from '@/lib/domain/oslo-date';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { getPathname } from '@/lib/i18n/navigation';
import { confirmationMail } from '@/lib/mail/confirmation';
import { logMailFailure, sendMail, type MailSettings } from '@/lib/mail/send';
import { createRequests, findDueMeasures, groupByContact } from '@/lib/services/confirmation-requests';
import type { SendOptions } from './queue';

const DAY_MS = 24 * 60 * 60 * 1000;

export const SCAN_JOB = 'confirmation-scan';
export const MAIL_JOB = 'confirmation-mail';

export interface MailJobData {
  requestId: string;
  reminder?: boolean;
}

type Send = (name: string, data: MailJobData, options?: SendOptions) => Promise<string | null>;

/** Queues a request's mail; the key keeps a second copy from waiting beside the first. */
export const queueMail = (send: Send, data: MailJobData) =>
  send(MAIL_JOB, data, { singletonKey: `${data.requestId}:${data.reminder ? 'reminder' : 'first'}` });

export async function runConfirmationScan(prisma: PrismaClient, now: Date, send: Send): Promise<{ requests: number; reminders: number; unanswered: number }> {
  const today = osloDate(now);
  // 1. New requests for the due measures, one per contact.
  const due = await findDueMeasures(prisma, now);
  const groups = groupByContact(due);
  const created = await prisma.$transaction((tx) => createRequests(tx, groups, { kind: 'SCHEDULED', now }));
  // Requests still unsent (new ones, or ones whose mail kept failing) are queued again.
  const unsent = await prisma.confirmationRequest.findMany({ where: { sentAt: null, usedAt: null }, select: { id: true } });
  for (const { id } of unsent) await queueMail(send, { requestId: id });

  // 2. Reminders: 21 days after the mail, once, while something is unanswered.
  const remind = await prisma.confirmationRequest.findMany({
    where: { usedAt: null, reminderSentAt: null, sentAt: { lte: new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS) }, items: { some: { answeredAt: null } } },
    select: { id: true },
  });
  for (const { id } of remind) await queueMail(send, { requestId: id, reminder: true });

  // 3. "Ubesvart": unanswered two months after the due date, and not confirmed since.
  const limit = dateColumn(addMonths(today, -UNANSWERED_AFTER_MONTHS));
  const stale = await prisma.confirmationItem.findMany({
    where: { answeredAt: null, unansweredAt: null, dueOn: { lte: limit } },
    select: { requestId: true, measureId: true, dueOn: true, measure: { select: { lastVerifiedAt: true } } },
  });
  const marked = stale.filter((i) => i.measure.lastVerifiedAt === null || i.measure.lastVerifiedAt < i.dueOn);
  for (const item of marked) {
    await prisma.confirmationItem.update({ where: { requestId_measureId: { requestId: item.requestId, measureId: item.measureId } }, data: { unansweredAt: now } });
  }
  return { requests: created.length, reminders: remind.length, unanswered: marked.length };
}

export interface MailDeps {
  secret: string;
  mail: MailSettings | null;
  siteUrl: string;
}

/** The link's address, on the page in the provider's language. */
export const confirmationUrl = (siteUrl: string, language: 'nb' | 'nn' | 'en', token: string) =>
  new URL(getPathname({ locale: language, href: { pathname: '/bekreft/[token]', params: { token } } }), siteUrl).toString();

/**
 * Sends a request's mail with a fresh link (a reminder's link replaces the first one, whose
 * token is not kept). Throws when the mail server fails, so the queue tries again later.
 */
export async function runConfirmationMail(prisma: PrismaClient, now: Date, data: MailJobData, deps: MailDeps): Promise<'sent' | 'skipped'> {
  const request = await prisma.confirmationRequest.findUnique({
    where: { id: data.requestId },
    include: { provider: { select: { name: true } }, items: { where: { answeredAt: null }, include: { measure: { select: { name: true } } } } },
  });
  if (!request || request.usedAt || request.items.length === 0) return 'skipped';
  if (data.reminder ? request.reminderSentAt !== null || request.sentAt === null : request.sentAt !== null) return 'skipped';
  const { token, hash } = issueToken(deps.secret);
  const expiresAt = linkExpiry(now);
  await prisma.confirmationRequest.update({ where: { id: request.id }, data: { tokenHash: hash, expiresAt } });
  const url = confirmationUrl(deps.siteUrl, request.language, token);
  const message = confirmationMail({
    to: request.email,
    language: request.language,
    providerName: request.provider.name,
    measureNames: request.items.map((i) => i.measure.name).sort((a, b) => a.localeCompare(b, 'nb')),
    url,
    expiresOn: osloDate(expiresAt),
    reminder: !!data.reminder,
  });
  if (deps.mail) {
    try {
      await sendMail(deps.mail, message);
    } catch (error) {
      logMailFailure('confirmation request', error, 'confirmation');
      throw new Error('The confirmation mail could not be sent');
    }
  } else {
    // As with reset links: without a mail server the link goes to the log (never the address).
    console.info(`[confirmation] No SMTP_HOST set: confirmation link for ${request.provider.name}: ${url}`);
  }
  await prisma.confirmationRequest.update({ where: { id: request.id }, data: data.reminder ? { reminderSentAt: now } : { sentAt: now } });
  return 'sent';
}
