// Visitors' error reports for the editors: list them, mark them handled or open again, delete.
// Only editors and admins see them. Reports can hold a visitor's name and phone number,
// and keeping listings right is the editorial team's job, so provider accounts see none
// (their own measures' problems reach them through the editors).
import type { Prisma } from '@/lib/generated/prisma/client';
import { writeAudit } from './audit';
import { forbidden, isEditor, notFound, type Actor, type Db, type Result } from './types';

export type ErrorReportView = 'open' | 'handled';
export const isReportId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id);
export const ERROR_REPORT_PAGE_SIZE = 25;

export interface ErrorReportItem {
  id: string;
  measureId: string;
  measureName: string;
  measureSlug: string;
  message: string;
  contactName: string | null;
  contact: string | null;
  /** Set when the retention job removed the contact details (lib/jobs/retention.ts). */
  contactErasedAt: Date | null;
  locale: string;
  createdAt: Date;
  handledAt: Date | null;
  handledBy: string | null;
}

const select = {
  id: true,
  message: true,
  contactName: true,
  contact: true,
  contactErasedAt: true,
  locale: true,
  createdAt: true,
  handledAt: true,
  measure: { select: { id: true, name: true, slug: true } },
  handledBy: { select: { name: true } },
} satisfies Prisma.ErrorReportSelect;

type Row = Prisma.ErrorReportGetPayload<{ select: typeof select }>;

const toItem = ({ measure, handledBy, ...row }: Row): ErrorReportItem => ({
  ...row,
  measureId: measure.id,
  measureName: measure.name,
  measureSlug: measure.slug,
  handledBy: handledBy?.name ?? null,
});

const whereFor = (view: ErrorReportView): Prisma.ErrorReportWhereInput =>
  view === 'open' ? { handledAt: null } : { handledAt: { not: null } };

/** Open reports oldest first (the longest waiting on top); handled ones latest handled first. */
export async function listErrorReports(
  db: Db,
  actor: Actor,
  view: ErrorReportView,
  { page = 1, pageSize = ERROR_REPORT_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): Promise<{ total: number; items: ErrorReportItem[] } | null> {
  if (!isEditor(actor)) return null;
  const where = whereFor(view);
  const orderBy: Prisma.ErrorReportOrderByWithRelationInput[] =
    view === 'open' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ handledAt: 'desc' }, { id: 'asc' }];
  const [total, rows] = await Promise.all([
    db.errorReport.count({ where }),
    db.errorReport.findMany({ where, select, orderBy, skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { total, items: rows.map(toItem) };
}

/** How many wait, and the newest few, for the dashboard. */
export async function latestOpenErrorReports(db: Db, actor: Actor, take: number) {
  if (!isEditor(actor)) return null;
  const where = whereFor('open');
  const [total, rows] = await Promise.all([
    db.errorReport.count({ where }),
    db.errorReport.findMany({ where, select, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take }),
  ]);
  return { total, items: rows.map(toItem) };
}

/**
 * Marks a report handled (by this person, now) or open again. Setting the state it already
 * has changes nothing, so a double click or a second editor's click is harmless.
 */
export async function setErrorReportHandled(
  db: Db,
  actor: Actor,
  id: string,
  handled: boolean,
  now: Date = new Date(),
): Promise<Result<{ id: string }>> {
  if (!isEditor(actor)) return forbidden;
  if (!isReportId(id)) return notFound;
  const { count } = await db.errorReport.updateMany({
    where: { id, handledAt: handled ? null : { not: null } },
    data: handled ? { handledAt: now, handledById: actor.id } : { handledAt: null, handledById: null },
  });
  if (count === 0 && !(await db.errorReport.findUnique({ where: { id }, select: { id: true } }))) return notFound;
  return { ok: true, value: { id } };
}

/**
 * Deletes a report for good, audited. The audit entry keeps the measure and the dates only:
 * never the message or the reporter's contact details, which the deletion is meant to remove.
 */
export async function deleteErrorReport(db: Db, actor: Actor, id: string): Promise<Result<{ id: string }>> {
  if (!isEditor(actor)) return forbidden;
  if (!isReportId(id)) return notFound;
  return db.$transaction(async (tx) => {
    const report = await tx.errorReport.findUnique({
      where: { id },
      select: { measureId: true, locale: true, createdAt: true, handledAt: true },
    });
    // A second editor's click on the same report finds nothing: no second audit entry.
    if (!report || (await tx.errorReport.deleteMany({ where: { id } })).count === 0) return notFound;
    const snapshot = { ...report, createdAt: report.createdAt.toISOString(), handledAt: report.handledAt?.toISOString() ?? null };
    await writeAudit(tx, actor, { entityType: 'error_report', entityId: id, action: 'delete', changes: [], snapshot });
    return { ok: true, value: { id } };
  });
}
