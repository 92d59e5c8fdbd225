// Delivering a contact request (the queue's "contact-request-delivery" job): open the sealed
// details, mail them, and delete them. Nothing of the request goes to the log, on any path:
// lines name the request's id only, and mail errors go through logMailFailure (no addresses).
import { readWayInHelper } from '@/lib/data/measures';
import { contactRequestAddress } from '@/lib/domain/way-in';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { contactRequestMail } from '@/lib/mail/contact-request';
import { logMailFailure, sendMail, type MailSettings } from '@/lib/mail/send';
import { unseal } from './seal';

/** Tries in all (the first and the queue's retries), then the request is given up. */
export const DELIVERY_ATTEMPTS = 6;

export type DeliveryOutcome = 'delivered' | 'waiting' | 'retry' | 'failed' | 'gone';

export interface DeliveryOptions {
  now: Date;
  key: Buffer;
  /** Null without SMTP_HOST: the request waits (until retention deletes it). */
  mail: MailSettings | null;
  siteUrl: string;
  retentionDays: number;
}

const settle = (prisma: PrismaClient, id: string, status: 'DELIVERED' | 'FAILED', now: Date) =>
  // Only while it still holds the details: a second run (another instance) changes nothing.
  prisma.contactRequest.updateMany({ where: { id, status: 'WAITING' }, data: { status, sealed: null, settledAt: now } });

export async function deliverContactRequest(prisma: PrismaClient, id: string, options: DeliveryOptions): Promise<DeliveryOutcome> {
  const row = await prisma.contactRequest.findFirst({
    where: { id, status: 'WAITING', sealed: { not: null } },
    select: { id: true, sealed: true, attempts: true, createdAt: true, measure: { select: { slug: true, name: true, contactEmail: true } } },
  });
  if (!row) return 'gone';
  if (!options.mail) {
    console.info(`[contact-requests] Request ${id} waits: no mail server is set (SMTP_HOST). Undelivered, it is deleted after ${options.retentionDays} days.`);
    return 'waiting';
  }
  const details = unseal(options.key, row.id, row.sealed!);
  const address = contactRequestAddress(row.measure.contactEmail, await readWayInHelper(prisma));
  if (!details || !address) {
    // A changed key, or nobody left to receive it: no retry can help.
    console.warn(`[contact-requests] Request ${id} cannot be delivered (${details ? 'no address to send it to' : 'it does not open with CONTACT_REQUEST_KEY'}); its details are deleted.`);
    await settle(prisma, id, 'FAILED', options.now);
    return 'failed';
  }
  const attempts = row.attempts + 1;
  await prisma.contactRequest.update({ where: { id }, data: { attempts } });
  try {
    await sendMail(
      options.mail,
      contactRequestMail({
        to: address,
        measureName: row.measure.name,
        measureUrl: new URL(`/tiltak/${row.measure.slug}`, options.siteUrl).toString(),
        viaHelper: !row.measure.contactEmail?.trim(),
        details,
        receivedAt: row.createdAt,
      }),
    );
  } catch (error) {
    logMailFailure(`contact request ${id}`, error, 'contact-requests');
    if (attempts < DELIVERY_ATTEMPTS) return 'retry';
    await settle(prisma, id, 'FAILED', options.now);
    return 'failed';
  }
  await settle(prisma, id, 'DELIVERED', options.now);
  return 'delivered';
}
