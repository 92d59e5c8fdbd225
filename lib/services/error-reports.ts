// Visitors' error reports for the editors: mark them handled or open again, delete.
// Only editors and admins see them. Reports can hold a visitor's name and phone number,
// and keeping listings right is the editorial team's job, so provider accounts see none
// (their own measures' problems reach them through the editors).
import { writeAudit } from './audit';
import { forbidden, isEditor, notFound, type Actor, type Db, type Result } from './types';

export const isReportId = (id: unknown): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id);

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
