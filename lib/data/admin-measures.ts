import 'server-only';
// What the admin pages read of measures: plain objects, only what each page shows.
// Providers see only their own organisation's measures.
import { getPrisma } from '@/lib/db';
import { isoDay, osloDate } from '@/lib/domain/oslo-date';
import { isStale, staleBefore } from '@/lib/domain/stale';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { District, PublicationStatus } from '@/lib/generated/prisma/enums';
import { isEditor, type Actor } from '@/lib/services/types';
import { z } from 'zod';
import { findMeasureRecords, toMeasureDetail, toSnapshot, type MeasureDetail, type MeasureSnapshot } from './measures';

export const ADMIN_SORTS = ['name', 'updated', 'verified', 'status'] as const;
const PAGE_SIZE = 50;

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const emptyToUndefined = (v: unknown) => (one(v) === '' ? undefined : one(v));

/** The list's search parameters; bad values fall back to "any". */
export const adminMeasureQuerySchema = z.object({
  q: z.preprocess(one, z.string().trim().max(200).catch('')).default(''),
  status: z.preprocess(emptyToUndefined, z.enum(Object.values(PublicationStatus)).optional().catch(undefined)),
  district: z.preprocess(emptyToUndefined, z.enum(Object.values(District)).optional().catch(undefined)),
  stale: z.preprocess(one, z.literal('1').optional().catch(undefined)),
  sort: z.preprocess(emptyToUndefined, z.enum(ADMIN_SORTS).catch('name')).default('name'),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1000).catch(1)).default(1),
});
export type AdminMeasureQuery = z.output<typeof adminMeasureQuerySchema>;

export interface AdminMeasureRow {
  id: string;
  slug: string;
  name: string;
  status: PublicationStatus;
  providerName: string;
  districts: District[];
  citywide: boolean | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
  stale: boolean;
}

export async function listAdminMeasures(
  actor: Actor,
  query: AdminMeasureQuery,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<{ rows: AdminMeasureRow[]; total: number; pageSize: number }> {
  const today = osloDate(now);
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (!isEditor(actor)) where.push(Prisma.sql`m.provider_id = ${actor.providerId}::uuid`);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(Prisma.sql`(m.name ILIKE ${like} OR m.slug ILIKE ${like} OR m.summary ILIKE ${like} OR p.name ILIKE ${like})`);
  }
  if (query.status) where.push(Prisma.sql`m.status = ${query.status}::"PublicationStatus"`);
  // Raw SQL: Prisma's `has` on enum arrays is not reliable on PGlite.
  if (query.district) where.push(Prisma.sql`${query.district}::"District" = ANY(m.districts)`);
  if (query.stale) where.push(Prisma.sql`m.status <> 'ARCHIVED' AND (m.last_verified_at IS NULL OR m.last_verified_at < ${staleBefore(today)}::date)`);
  const order = {
    name: Prisma.sql`m.name, m.slug`,
    updated: Prisma.sql`m.updated_at DESC, m.name`,
    verified: Prisma.sql`m.last_verified_at ASC NULLS FIRST, m.name`,
    status: Prisma.sql`m.status, m.name`,
  }[query.sort];
  const condition = Prisma.join(where, ' AND ');
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<(Omit<AdminMeasureRow, 'stale' | 'updatedAt' | 'lastVerifiedAt'> & { updatedAt: Date; lastVerifiedAt: Date | null })[]>`
      SELECT m.id, m.slug, m.name, m.status::text AS status, p.name AS "providerName", m.districts::text[] AS districts,
        m.citywide, m.last_verified_at AS "lastVerifiedAt", m.updated_at AS "updatedAt"
      FROM measure m JOIN provider p ON p.id = m.provider_id
      WHERE ${condition}
      ORDER BY ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`,
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM measure m JOIN provider p ON p.id = m.provider_id WHERE ${condition}`,
  ]);
  return {
    rows: rows.map((r) => {
      const row = { ...r, lastVerifiedAt: isoDay(r.lastVerifiedAt), updatedAt: r.updatedAt.toISOString() };
      return { ...row, stale: isStale(row, today) };
    }),
    total: count[0]?.n ?? 0,
    pageSize: PAGE_SIZE,
  };
}

/** Any measure by id, with exceptions from `exceptionsFrom`, if it is this actor's to see. */
async function findOwnMeasure(actor: Actor, id: string, exceptionsFrom: string | null, prisma: PrismaClient) {
  if (!z.uuid().safeParse(id).success) return null;
  const [record] = await findMeasureRecords(prisma, { id }, { exceptionsFrom });
  return record && (isEditor(actor) || record.providerId === actor.providerId) ? record : null;
}

/** The measure to edit, or null when it does not exist or is not this actor's to see. */
export async function getMeasureForEdit(actor: Actor, id: string, prisma: PrismaClient = getPrisma()): Promise<MeasureSnapshot | null> {
  const record = await findOwnMeasure(actor, id, null, prisma);
  return record && toSnapshot(record);
}

/** The public detail page's data for any status: the staff-only preview of a draft. */
export async function getMeasurePreview(
  actor: Actor,
  id: string,
  now = new Date(),
  prisma: PrismaClient = getPrisma(),
): Promise<(MeasureDetail & { status: PublicationStatus }) | null> {
  const record = await findOwnMeasure(actor, id, osloDate(now), prisma);
  return record && { ...toMeasureDetail(record), status: record.status };
}

export async function listMeasureOptions(prisma: PrismaClient = getPrisma()): Promise<{ id: string; name: string }[]> {
  return prisma.measure.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
