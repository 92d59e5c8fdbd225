// Changing measures. Every service checks the actor's role itself (pages and actions do
// too), runs in one transaction, and writes its audit entry inside it. Updates name the
// version they started from; a stale version gets the fields changed since, not a save.
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { normalizeContent, pickContent } from '@/lib/domain/measure-content';
import { dateColumn, osloDate } from '@/lib/domain/oslo-date';
import { canChangeStatus } from '@/lib/domain/status';
import { loadMeasureSnapshot, type MeasureSnapshot } from '@/lib/data/measures';
import { slugify } from '@/lib/validation/fields';
import { CONTENT_FIELDS, measureUpdateSchema, storedContentInput, type MeasureContent, type MeasureCreateInput, type MeasureUpdateInput } from '@/lib/validation/measure';
import { toFieldErrors } from '@/lib/validation/form-data';
import { diffFields, writeAudit, type AuditAction, type FieldChange } from './audit';
import { measureColumns, recordSlugChange, replaceChildren } from './measure-store';
import { forbidden, isEditor, notFound, type Actor, type Conflict, type Db, type Failure, type Result, type Tx } from './types';

const AUDITED_FIELDS = [...CONTENT_FIELDS, 'status', 'lastVerifiedAt'] as const satisfies readonly (keyof MeasureSnapshot)[];
const CHILD_FIELDS = new Set(['locations', 'openingHours', 'exceptions']);

export interface Saved {
  id: string;
  slug: string;
  version: number;
}

const invalid = (field: string, key: string): Failure => ({ ok: false, error: 'invalid', fieldErrors: { [field]: [key] } });

async function checkReferences(tx: Tx, id: string | null, content: MeasureContent) {
  const taken = await tx.measure.findFirst({ where: { slug: content.slug, ...(id ? { NOT: { id } } : {}) }, select: { id: true } });
  if (taken) return invalid('slug', 'slugTaken');
  const provider = await tx.provider.findUnique({ where: { id: content.providerId }, select: { id: true } });
  if (!provider) return invalid('providerId', 'unknownProvider');
  return null;
}

async function audit(tx: Tx, actor: Actor, action: AuditAction, before: MeasureSnapshot | null, after: MeasureSnapshot, changes?: FieldChange[]) {
  await writeAudit(tx, actor, {
    entityType: 'measure',
    entityId: after.id,
    action,
    changes: changes ?? diffFields(before, after, AUDITED_FIELDS),
    snapshot: after,
    version: after.version,
  });
}

/** What changed since the user's version: from that version's snapshot when the log has it. */
async function measureConflict(tx: Tx, current: MeasureSnapshot, yours: Partial<MeasureSnapshot>, baseVersion: number): Promise<Conflict> {
  const base = await tx.auditEntry.findFirst({
    where: { entityType: 'measure', entityId: current.id, version: baseVersion },
    orderBy: { createdAt: 'desc' },
    select: { snapshot: true },
  });
  const reference = base ? (base.snapshot as unknown as MeasureSnapshot) : { ...current, ...yours };
  const fields = diffFields(reference, current, AUDITED_FIELDS).map((c) => c.field as keyof MeasureSnapshot);
  return {
    currentVersion: String(current.version),
    changes: fields.map((field) => ({ field, theirs: current[field] ?? null, yours: field in yours ? (yours[field] ?? null) : null })),
  };
}

export async function createMeasureTx(tx: Tx, actor: Actor, input: MeasureCreateInput, action: AuditAction = 'create', status: PublicationStatus = 'DRAFT'): Promise<Result<Saved>> {
  if (!isEditor(actor)) return forbidden;
  const content = normalizeContent({ ...input, slug: input.slug ?? slugify(input.name) });
  if (!content.slug) return invalid('slug', 'required');
  const problem = await checkReferences(tx, null, content);
  if (problem) return problem;
  const { id } = await tx.measure.create({ data: { ...measureColumns(content), status }, select: { id: true } });
  await replaceChildren(tx, id, content);
  await recordSlugChange(tx, id, content.slug, content.slug);
  const after = (await loadMeasureSnapshot(tx, id))!;
  await audit(tx, actor, action, null, after);
  return { ok: true, value: { id, slug: after.slug, version: after.version } };
}

/** Applies new content as an editor (providers go through proposeMeasureChange). */
export async function updateMeasureTx(tx: Tx, actor: Actor, id: string, input: MeasureUpdateInput, action: AuditAction = 'update'): Promise<Result<Saved & { unchanged: boolean }>> {
  if (!isEditor(actor)) return forbidden;
  const before = await loadMeasureSnapshot(tx, id);
  if (!before) return notFound;
  const content = normalizeContent(pickContent(input));
  if (before.version !== input.version) return { ok: false, error: 'conflict', conflict: await measureConflict(tx, before, content, input.version) };
  const changed = diffFields(before, content, CONTENT_FIELDS);
  if (changed.length === 0) return { ok: true, value: { id, slug: before.slug, version: before.version, unchanged: true } };
  const problem = await checkReferences(tx, id, content);
  if (problem) return problem;

  const { count } = await tx.measure.updateMany({
    where: { id, version: input.version },
    data: { ...measureColumns(content), version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await loadMeasureSnapshot(tx, id);
    return current ? { ok: false, error: 'conflict', conflict: await measureConflict(tx, current, content, input.version) } : notFound;
  }
  if (changed.some((c) => CHILD_FIELDS.has(c.field))) await replaceChildren(tx, id, content);
  if (before.slug !== content.slug) await recordSlugChange(tx, id, before.slug, content.slug);
  const after = (await loadMeasureSnapshot(tx, id))!;
  await audit(tx, actor, action, before, after);
  return { ok: true, value: { id, slug: after.slug, version: after.version, unchanged: false } };
}

/** A provider's edit waits for an editor as a change request; the measure is untouched. */
async function proposeMeasureChangeTx(tx: Tx, actor: Actor, id: string, input: MeasureUpdateInput, note: string | null = null): Promise<Result<{ changeRequestId: string }>> {
  if (actor.role !== 'provider' || !actor.providerId) return forbidden;
  const current = await tx.measure.findUnique({ where: { id }, select: { providerId: true } });
  if (!current) return notFound;
  if (current.providerId !== actor.providerId || input.providerId !== actor.providerId) return forbidden;
  const data = normalizeContent(pickContent(input));
  const request = await tx.changeRequest.create({
    data: { measureId: id, providerId: actor.providerId, baseVersion: input.version, data: data as object, note, proposedById: actor.id },
    select: { id: true },
  });
  await writeAudit(tx, actor, { entityType: 'change_request', entityId: request.id, action: 'propose', changes: [], snapshot: { measureId: id, baseVersion: input.version, data } });
  return { ok: true, value: { changeRequestId: request.id } };
}

export async function createMeasure(db: Db, actor: Actor, input: MeasureCreateInput): Promise<Result<Saved>> {
  return db.$transaction((tx) => createMeasureTx(tx, actor, input));
}

export type SaveOutcome = { kind: 'updated'; id: string; slug: string; version: number } | { kind: 'proposed'; changeRequestId: string };

/** Editors change the measure; providers propose the change for approval. */
export async function updateMeasure(db: Db, actor: Actor, id: string, input: MeasureUpdateInput): Promise<Result<SaveOutcome>> {
  return db.$transaction(async (tx): Promise<Result<SaveOutcome>> => {
    if (actor.role === 'provider') {
      const r = await proposeMeasureChangeTx(tx, actor, id, input);
      return r.ok ? { ok: true, value: { kind: 'proposed', changeRequestId: r.value.changeRequestId } } : r;
    }
    const r = await updateMeasureTx(tx, actor, id, input);
    return r.ok ? { ok: true, value: { kind: 'updated', id: r.value.id, slug: r.value.slug, version: r.value.version } } : r;
  });
}

type MetaChange = (before: MeasureSnapshot) => { status?: PublicationStatus; lastVerifiedAt?: Date } | Failure;

/** A version-checked change of status or verification date, audited. */
async function changeMetaTx(tx: Tx, actor: Actor, id: string, expectedVersion: number, action: AuditAction, data: MetaChange): Promise<Result<Saved>> {
  if (!isEditor(actor)) return forbidden;
  const before = await loadMeasureSnapshot(tx, id);
  if (!before) return notFound;
  if (before.version !== expectedVersion) return { ok: false, error: 'conflict', conflict: await measureConflict(tx, before, {}, expectedVersion) };
  const change = data(before);
  if ('ok' in change) return change;
  const { count } = await tx.measure.updateMany({ where: { id, version: expectedVersion }, data: { ...change, version: { increment: 1 } } });
  if (count === 0) return { ok: false, error: 'conflict', conflict: await measureConflict(tx, (await loadMeasureSnapshot(tx, id))!, {}, expectedVersion) };
  const after = (await loadMeasureSnapshot(tx, id))!;
  await audit(tx, actor, action, before, after);
  return { ok: true, value: { id, slug: after.slug, version: after.version } };
}

export function setMeasureStatusTx(tx: Tx, actor: Actor, id: string, input: { status: PublicationStatus; version: number }, action: AuditAction = 'status') {
  return changeMetaTx(tx, actor, id, input.version, action, (before) =>
    canChangeStatus(before.status, input.status) ? { status: input.status } : invalid('status', 'transition'),
  );
}

export function setMeasureStatus(db: Db, actor: Actor, id: string, input: { status: PublicationStatus; version: number }) {
  return db.$transaction((tx) => setMeasureStatusTx(tx, actor, id, input));
}

/** "Bekreft at informasjonen stemmer": the facts were checked today (Oslo date). */
export function verifyMeasure(db: Db, actor: Actor, id: string, input: { version: number }, today = osloDate()) {
  const lastVerifiedAt = dateColumn(today);
  return db.$transaction((tx) => changeMetaTx(tx, actor, id, input.version, 'verify', () => ({ lastVerifiedAt })));
}

/** Only admins delete, and only when confirmed; editors archive instead. */
export async function deleteMeasure(db: Db, actor: Actor, id: string, input: { version: number; confirm: boolean }): Promise<Result<{ id: string }>> {
  if (actor.role !== 'admin') return forbidden;
  if (!input.confirm) return invalid('confirm', 'confirmDelete');
  return db.$transaction(async (tx): Promise<Result<{ id: string }>> => {
    const before = await loadMeasureSnapshot(tx, id);
    if (!before) return notFound;
    if (before.version !== input.version) return { ok: false, error: 'conflict', conflict: await measureConflict(tx, before, {}, input.version) };
    await writeAudit(tx, actor, {
      entityType: 'measure', entityId: id, action: 'delete',
      changes: AUDITED_FIELDS.map((field) => ({ field, before: before[field] ?? null, after: null })),
      snapshot: before, version: before.version,
    });
    await tx.measure.delete({ where: { id } });
    return { ok: true, value: { id } };
  });
}

/**
 * Brings back the content of an earlier version (the snapshot after an audited change,
 * or with side "before", the state just before it) as a new, audited, version-checked
 * update. Status and verification date stay as they are now.
 */
export async function restoreMeasureVersion(db: Db, actor: Actor, id: string, input: { entryId: string; version: number; side?: 'after' | 'before' }): Promise<Result<Saved>> {
  if (!isEditor(actor)) return forbidden;
  return db.$transaction(async (tx): Promise<Result<Saved>> => {
    const entry = await tx.auditEntry.findFirst({ where: { id: input.entryId, entityType: 'measure', entityId: id }, select: { snapshot: true, changes: true } });
    if (!entry) return notFound;
    let source = entry.snapshot as unknown as MeasureContent;
    if (input.side === 'before') {
      const changes = entry.changes as unknown as FieldChange[];
      source = { ...source, ...Object.fromEntries(changes.map((c) => [c.field, c.before])) };
    }
    const parsed = measureUpdateSchema.safeParse({ ...storedContentInput(pickContent(source)), version: input.version });
    if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
    const r = await updateMeasureTx(tx, actor, id, parsed.data, 'restore');
    return r.ok ? { ok: true, value: r.value } : r;
  });
}
