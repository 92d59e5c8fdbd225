import 'server-only';
import { getPrisma } from '@/lib/db';
import { contactRequestAddress } from '@/lib/domain/way-in';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { isSlug } from '@/lib/validation/fields';
import { readWayInHelper } from './measures';

// Contact requests as pages and the dashboard see them: which measure's form to show, and
// counts. The requests' details are never read here: nobody in the admin area sees them.

/** A published measure that takes contact requests and has someone to mail them to (lib/domain/way-in.ts), or null. */
export async function findContactableMeasure(prisma: PrismaClient, where: { id: string } | { slug: string }) {
  const measure = await prisma.measure.findFirst({
    where: { ...where, status: 'PUBLISHED', acceptsContactRequests: true },
    select: { id: true, slug: true, name: true, nameNn: true, nameEn: true, contactEmail: true },
  });
  if (!measure) return null;
  return contactRequestAddress(measure.contactEmail, await readWayInHelper(prisma)) ? measure : null;
}

export interface ContactableMeasure {
  id: string;
  slug: string;
  name: string;
  nameNn: string | null;
  nameEn: string | null;
}

/** A published measure that takes contact requests and has someone to mail them to, or null. */
export async function getContactableMeasure(slug: string, prisma: PrismaClient = getPrisma()): Promise<ContactableMeasure | null> {
  if (!isSlug(slug)) return null;
  const found = await findContactableMeasure(prisma, { slug });
  if (!found) return null;
  const { contactEmail: _email, ...measure } = found;
  return measure;
}

export interface ContactRequestCounts {
  waiting: number;
  /** In the last 30 days. */
  delivered: number;
  /** Given up in the last 30 days (every attempt failed, or it could not be opened or addressed). */
  failed: number;
  /** Deleted undelivered at retention, in the last 30 days. */
  expired: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function countContactRequests(prisma: PrismaClient = getPrisma(), now: Date = new Date()): Promise<ContactRequestCounts> {
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const settled = (status: 'DELIVERED' | 'FAILED' | 'EXPIRED') => prisma.contactRequest.count({ where: { status, settledAt: { gte: since } } });
  const [waiting, delivered, failed, expired] = await Promise.all([
    prisma.contactRequest.count({ where: { status: 'WAITING' } }),
    settled('DELIVERED'),
    settled('FAILED'),
    settled('EXPIRED'),
  ]);
  return { waiting, delivered, failed, expired };
}
