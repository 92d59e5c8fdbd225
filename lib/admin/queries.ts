import 'server-only';
// What the admin pages read: plain objects, only what each page shows. Providers see
// only their own organisation's measures.
import { Prisma } from '@/lib/generated/prisma/client';
import { District, PublicationStatus, type ProviderType } from '@/lib/generated/prisma/enums';
import type { MeasureDetail } from '@/lib/data/measures';
import { z } from 'zod';
import { loadMeasureSnapshot, type MeasureSnapshot } from './measure-store';
import { isEditor, type Actor, type Db } from './types';

/** A measure not confirmed for this long is "stale" and listed for follow-up. */
export const STALE_MONTHS = 6;
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

function staleCutoff(today = new Date()): Date {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_MONTHS, today.getUTCDate()));
  return d;
}

export async function listAdminMeasures(db: Db, actor: Actor, query: AdminMeasureQuery, today = new Date()): Promise<{ rows: AdminMeasureRow[]; total: number; pageSize: number }> {
  const cutoff = staleCutoff(today);
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (!isEditor(actor)) where.push(Prisma.sql`m.provider_id = ${actor.providerId}::uuid`);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(Prisma.sql`(m.name ILIKE ${like} OR m.slug ILIKE ${like} OR m.summary ILIKE ${like} OR p.name ILIKE ${like})`);
  }
  if (query.status) where.push(Prisma.sql`m.status = ${query.status}::"PublicationStatus"`);
  // Raw SQL: Prisma's `has` on enum arrays is not reliable on PGlite.
  if (query.district) where.push(Prisma.sql`${query.district}::"District" = ANY(m.districts)`);
  if (query.stale) where.push(Prisma.sql`m.status <> 'ARCHIVED' AND (m.last_verified_at IS NULL OR m.last_verified_at < ${cutoff}::date)`);
  const order = {
    name: Prisma.sql`m.name, m.slug`,
    updated: Prisma.sql`m.updated_at DESC, m.name`,
    verified: Prisma.sql`m.last_verified_at ASC NULLS FIRST, m.name`,
    status: Prisma.sql`m.status, m.name`,
  }[query.sort];
  const condition = Prisma.join(where, ' AND ');
  const [rows, count] = await Promise.all([
    db.$queryRaw<(Omit<AdminMeasureRow, 'stale' | 'updatedAt' | 'lastVerifiedAt'> & { updatedAt: Date; lastVerifiedAt: Date | null })[]>`
      SELECT m.id, m.slug, m.name, m.status::text AS status, p.name AS "providerName", m.districts::text[] AS districts,
        m.citywide, m.last_verified_at AS "lastVerifiedAt", m.updated_at AS "updatedAt"
      FROM measure m JOIN provider p ON p.id = m.provider_id
      WHERE ${condition}
      ORDER BY ${order}
      LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM measure m JOIN provider p ON p.id = m.provider_id WHERE ${condition}`,
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      lastVerifiedAt: r.lastVerifiedAt ? r.lastVerifiedAt.toISOString().slice(0, 10) : null,
      updatedAt: r.updatedAt.toISOString(),
      stale: r.status !== 'ARCHIVED' && (!r.lastVerifiedAt || r.lastVerifiedAt < cutoff),
    })),
    total: count[0]?.n ?? 0,
    pageSize: PAGE_SIZE,
  };
}

/** The measure to edit, or null when it does not exist or is not this actor's to see. */
export async function getMeasureForEdit(db: Db, actor: Actor, id: string): Promise<MeasureSnapshot | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const snapshot = await loadMeasureSnapshot(db, id);
  if (!snapshot || (!isEditor(actor) && snapshot.providerId !== actor.providerId)) return null;
  return snapshot;
}

export async function listProviderOptions(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  return db.provider.findMany({
    where: isEditor(actor) ? {} : { id: actor.providerId ?? '00000000-0000-0000-0000-000000000000' },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
}

export async function listMeasureOptions(db: Db): Promise<{ id: string; name: string }[]> {
  return db.measure.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

export async function countPendingChangeRequests(db: Db, actor: Actor): Promise<number> {
  return db.changeRequest.count({ where: { status: 'PENDING', ...(isEditor(actor) ? {} : { providerId: actor.providerId ?? undefined }) } });
}

/** The public detail page's data for any status: the staff-only preview of a draft. */
export async function getMeasurePreview(db: Db, actor: Actor, id: string): Promise<(MeasureDetail & { status: PublicationStatus }) | null> {
  const m = await getMeasureForEdit(db, actor, id);
  if (!m) return null;
  const provider = await db.provider.findUniqueOrThrow({ where: { id: m.providerId }, select: { slug: true, name: true, type: true } });
  const today = new Date().toISOString().slice(0, 10);
  return {
    ...m,
    providerName: provider.name,
    provider,
    exceptions: m.exceptions.filter((e) => e.endDate >= today),
  };
}

export interface AdminProviderRow {
  id: string;
  slug: string;
  name: string;
  type: ProviderType;
  measureCount: number;
  updatedAt: string;
}

export async function listAdminProviders(db: Db, q = ''): Promise<AdminProviderRow[]> {
  const rows = await db.provider.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { slug: { contains: q, mode: 'insensitive' } }] } : {},
    select: { id: true, slug: true, name: true, type: true, updatedAt: true, _count: { select: { measures: true } } },
    orderBy: { name: 'asc' },
  });
  return rows.map(({ _count, updatedAt, ...r }) => ({ ...r, measureCount: _count.measures, updatedAt: updatedAt.toISOString() }));
}

export async function getProviderForEdit(db: Db, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.provider.findUnique({ where: { id }, select: { id: true, slug: true, name: true, type: true, description: true, phone: true, email: true, website: true, updatedAt: true } });
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}

export async function listAdminNews(db: Db) {
  const rows = await db.newsItem.findMany({
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, measure: { select: { name: true } } },
    orderBy: { publishedAt: 'desc' },
    take: 500,
  });
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt.toISOString().slice(0, 10), measureName: r.measure?.name ?? null }));
}

export async function getNewsForEdit(db: Db, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.newsItem.findUnique({ where: { id }, select: { id: true, slug: true, title: true, body: true, status: true, publishedAt: true, measureId: true, updatedAt: true } });
  return row ? { ...row, publishedAt: row.publishedAt.toISOString().slice(0, 10), updatedAt: row.updatedAt.toISOString() } : null;
}
