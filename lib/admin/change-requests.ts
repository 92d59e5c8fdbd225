// Providers' proposed changes: editors see each against the measure as it is now, then
// approve (applied as an audited update, checked against the version it was based on)
// or reject.
import type { ChangeRequestStatus } from '@/lib/generated/prisma/enums';
import { CONTENT_FIELDS, measureUpdateSchema, storedContentInput, type MeasureContent } from '@/lib/validation/measure';
import { toFieldErrors } from '@/lib/validation/form-data';
import { diffFields, writeAudit, type FieldChange } from './audit';
import { loadMeasureSnapshot, pickContent } from './measure-store';
import { updateMeasureTx } from './measures';
import { forbidden, isEditor, notFound, type Actor, type Db, type Result } from './types';

export interface ChangeRequestView {
  id: string;
  status: ChangeRequestStatus;
  measure: { id: string; name: string; slug: string; version: number };
  providerName: string;
  proposedBy: string | null;
  baseVersion: number;
  note: string | null;
  createdAt: string;
  reviewedAt: string | null;
  /** Each proposed field against the measure as it is now (before = now, after = proposed). */
  diff: FieldChange[];
  /** The measure changed after the proposal was made. */
  stale: boolean;
}

export async function listChangeRequests(db: Db, actor: Actor, status: ChangeRequestStatus | null = 'PENDING'): Promise<ChangeRequestView[]> {
  if (!isEditor(actor) && !actor.providerId) return [];
  const rows = await db.changeRequest.findMany({
    where: { ...(status ? { status } : {}), ...(isEditor(actor) ? {} : { providerId: actor.providerId! }) },
    orderBy: { createdAt: status === 'PENDING' ? 'asc' : 'desc' },
    take: 200,
    include: { provider: { select: { name: true } }, proposedBy: { select: { email: true } } },
  });
  const views: ChangeRequestView[] = [];
  for (const r of rows) {
    const current = await loadMeasureSnapshot(db, r.measureId);
    if (!current) continue;
    views.push({
      id: r.id,
      status: r.status,
      measure: { id: current.id, name: current.name, slug: current.slug, version: current.version },
      providerName: r.provider.name,
      proposedBy: r.proposedBy?.email ?? null,
      baseVersion: r.baseVersion,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
      diff: diffFields(current as MeasureContent, r.data as unknown as MeasureContent, CONTENT_FIELDS),
      stale: current.version !== r.baseVersion,
    });
  }
  return views;
}

/**
 * Applies a pending proposal. By default it must still be based on the current version;
 * an editor who has seen the newer changes may pass `version` (the current one) to apply
 * it anyway.
 */
export async function approveChangeRequest(db: Db, actor: Actor, id: string, input: { version?: number } = {}): Promise<Result<{ measureId: string; version: number }>> {
  if (!isEditor(actor)) return forbidden;
  return db.$transaction(async (tx): Promise<Result<{ measureId: string; version: number }>> => {
    const request = await tx.changeRequest.findUnique({ where: { id } });
    if (!request) return notFound;
    if (request.status !== 'PENDING') return { ok: false, error: 'invalid', fieldErrors: { _form: ['alreadyReviewed'] } };
    const parsed = measureUpdateSchema.safeParse({ ...storedContentInput(pickContent(request.data as unknown as MeasureContent)), version: input.version ?? request.baseVersion });
    if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
    const applied = await updateMeasureTx(tx, actor, request.measureId, parsed.data, 'approve');
    if (!applied.ok) return applied;
    await tx.changeRequest.update({ where: { id }, data: { status: 'APPROVED', reviewedById: actor.id, reviewedAt: new Date() } });
    await writeAudit(tx, actor, {
      entityType: 'change_request', entityId: id, action: 'approve',
      changes: [{ field: 'status', before: 'PENDING', after: 'APPROVED' }],
      snapshot: { measureId: request.measureId, version: applied.value.version },
    });
    return { ok: true, value: { measureId: request.measureId, version: applied.value.version } };
  });
}

export async function rejectChangeRequest(db: Db, actor: Actor, id: string, input: { note?: string | null } = {}): Promise<Result<{ measureId: string }>> {
  if (!isEditor(actor)) return forbidden;
  return db.$transaction(async (tx): Promise<Result<{ measureId: string }>> => {
    const { count } = await tx.changeRequest.updateMany({
      where: { id, status: 'PENDING' },
      data: { status: 'REJECTED', reviewedById: actor.id, reviewedAt: new Date(), ...(input.note ? { note: input.note } : {}) },
    });
    const request = await tx.changeRequest.findUnique({ where: { id }, select: { measureId: true } });
    if (!request) return notFound;
    if (count === 0) return { ok: false, error: 'invalid', fieldErrors: { _form: ['alreadyReviewed'] } };
    await writeAudit(tx, actor, {
      entityType: 'change_request', entityId: id, action: 'reject',
      changes: [{ field: 'status', before: 'PENDING', after: 'REJECTED' }],
      snapshot: { measureId: request.measureId, note: input.note ?? null },
    });
    return { ok: true, value: { measureId: request.measureId } };
  });
}
