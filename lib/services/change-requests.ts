// Providers' proposed changes (listed by lib/data/change-requests.ts): an editor approves
// one (applied as an audited update, checked against the version it was based on) or
// rejects it.
import { measureUpdateSchema, storedContentInput, type MeasureContent } from '@/lib/validation/measure';
import { toFieldErrors } from '@/lib/validation/form-data';
import { writeAudit } from './audit';
import { pickContent } from '@/lib/domain/measure-content';
import { updateMeasureTx } from './measures';
import { forbidden, isEditor, notFound, type Actor, type Db, type Result } from './types';

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
