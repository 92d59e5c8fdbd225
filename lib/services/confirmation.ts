// Answers to confirmation requests (README, "Keeping listings true"): what a provider's
// contact does from the link in the mail (the requests themselves: ./confirmation-requests.ts). An
// answer changes only the measures of its own request, once, in one transaction with its
// audit entry, which names the contact's address (there is no account behind it).
import { tokenHash } from '@/lib/confirmation/token';
import { dateColumn, osloDate } from '@/lib/domain/oslo-date';
import { normalizeContent, pickContent } from '@/lib/domain/measure-content';
import { loadMeasureSnapshot } from '@/lib/data/measures';
import { confirmationChangeSchema } from '@/lib/validation/confirmation';
import { toFieldErrors, type FieldErrors, type FormValues } from '@/lib/validation/form-data';
import { measureUpdateSchema, storedContentInput } from '@/lib/validation/measure';
import { diffFields, writeAudit, type AuditActor } from './audit';
import type { Db, Tx } from './types';

// ---------------------------------------------------------------------------------------
// Answers from the link.

export type LinkProblem = 'invalid' | 'expired' | 'used';

const linkInclude = {
  provider: { select: { name: true } },
  items: {
    include: { measure: { select: { id: true, slug: true, name: true, version: true, providerId: true, lastVerifiedAt: true } } },
    orderBy: { measure: { name: 'asc' } },
  },
} as const;

async function findLink(db: Db | Tx, secret: string, token: unknown, now: Date) {
  const hash = tokenHash(secret, token);
  if (!hash) return { ok: false as const, problem: 'invalid' as LinkProblem };
  const request = await db.confirmationRequest.findUnique({ where: { tokenHash: hash }, include: linkInclude });
  if (!request || !request.sentAt) return { ok: false as const, problem: 'invalid' as LinkProblem };
  if (request.usedAt) return { ok: false as const, problem: 'used' as LinkProblem };
  if (request.expiresAt <= now) return { ok: false as const, problem: 'expired' as LinkProblem };
  // Only the request's own provider's measures, never another's (a measure may have moved).
  const items = request.items.filter((i) => i.measure.providerId === request.providerId);
  return { ok: true as const, request: { ...request, items } };
}

/** What the link page shows: the request's measures still to be answered, or why not. */
export async function openLink(db: Db, secret: string, token: unknown, now = new Date()) {
  const link = await findLink(db, secret, token, now);
  if (!link.ok) return link;
  const { request } = link;
  return {
    ok: true as const,
    providerName: request.provider.name,
    language: request.language,
    measures: request.items.filter((i) => !i.answeredAt).map((i) => ({ id: i.measure.id, slug: i.measure.slug, name: i.measure.name, version: i.measure.version })),
  };
}

export type AnswerResult = { ok: true; value: { remaining: number } } | { ok: false; problem: LinkProblem } | { ok: false; problem: 'fields'; fieldErrors: FieldErrors } | { ok: false; problem: 'conflict' };

const contactActor = (email: string): AuditActor => ({ id: null, email });

async function closeIfDone(tx: Tx, requestId: string, now: Date): Promise<number> {
  const remaining = await tx.confirmationItem.count({ where: { requestId, answeredAt: null } });
  if (remaining === 0) await tx.confirmationRequest.update({ where: { id: requestId }, data: { usedAt: now } });
  return remaining;
}

/**
 * "Alt stemmer": the ticked measures are confirmed today. The link is then used up; measures
 * left unticked stay unanswered for the editors to follow up.
 */
export async function confirmFromLink(db: Db, secret: string, token: unknown, measureIds: string[], now = new Date()): Promise<AnswerResult> {
  return db.$transaction(async (tx): Promise<AnswerResult> => {
    const link = await findLink(tx, secret, token, now);
    if (!link.ok) return link;
    const { request } = link;
    const open = new Map(request.items.filter((i) => !i.answeredAt).map((i) => [i.measureId, i]));
    // Anything not open in this very request refuses the whole answer: nothing changes.
    if (measureIds.length === 0 || measureIds.some((id) => !open.has(id))) return { ok: false, problem: 'invalid' };
    // Claim the link first: of two answers at once, the second finds it used.
    const claimed = await tx.confirmationRequest.updateMany({ where: { id: request.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) return { ok: false, problem: 'used' };
    const today = dateColumn(osloDate(now));
    const actor = contactActor(request.email);
    for (const id of measureIds) {
      const before = (await loadMeasureSnapshot(tx, id))!;
      await tx.measure.update({ where: { id }, data: { lastVerifiedAt: today, version: { increment: 1 } } });
      const after = (await loadMeasureSnapshot(tx, id))!;
      await writeAudit(tx, actor, { entityType: 'measure', entityId: id, action: 'verify', changes: diffFields(before, after, ['lastVerifiedAt']), snapshot: after, version: after.version });
      await tx.confirmationItem.update({ where: { requestId_measureId: { requestId: request.id, measureId: id } }, data: { answer: 'CONFIRMED', answeredAt: now } });
    }
    await writeAudit(tx, actor, {
      entityType: 'confirmation_request', entityId: request.id, action: 'answer', changes: [],
      snapshot: { answer: 'CONFIRMED', measureIds },
    });
    return { ok: true, value: { remaining: 0 } };
  });
}

/**
 * "Endre": the corrected facts go to the editors' change-request queue as a proposal based on
 * the version the contact saw, so approving it cannot overwrite an editor's newer change.
 */
export async function proposeFromLink(db: Db, secret: string, token: unknown, measureId: string, values: FormValues, now = new Date()): Promise<AnswerResult> {
  const parsed = confirmationChangeSchema.safeParse(values);
  if (!parsed.success) return { ok: false, problem: 'fields', fieldErrors: toFieldErrors(parsed.error) };
  return db.$transaction(async (tx): Promise<AnswerResult> => {
    const link = await findLink(tx, secret, token, now);
    if (!link.ok) return link;
    const { request } = link;
    const item = request.items.find((i) => i.measureId === measureId && !i.answeredAt);
    if (!item) return { ok: false, problem: 'invalid' };
    const current = (await loadMeasureSnapshot(tx, measureId))!;
    const { note, version, ...facts } = parsed.data;
    const proposal = measureUpdateSchema.safeParse({ ...storedContentInput(pickContent(current)), ...facts, version });
    if (!proposal.success) return { ok: false, problem: 'fields', fieldErrors: toFieldErrors(proposal.error) };
    const data = normalizeContent(pickContent(proposal.data));
    const change = await tx.changeRequest.create({
      data: { measureId, providerId: request.providerId, baseVersion: version, data: data as object, note, createdAt: now },
      select: { id: true },
    });
    const answered = await tx.confirmationItem.updateMany({
      where: { requestId: request.id, measureId, answeredAt: null },
      data: { answer: 'CHANGED', answeredAt: now, changeRequestId: change.id },
    });
    if (answered.count === 0) throw new Error('answered meanwhile');
    const actor = contactActor(request.email);
    await writeAudit(tx, actor, { entityType: 'change_request', entityId: change.id, action: 'propose', changes: [], snapshot: { measureId, baseVersion: version, data } });
    await writeAudit(tx, actor, {
      entityType: 'confirmation_request', entityId: request.id, action: 'answer', changes: [],
      snapshot: { answer: 'CHANGED', measureIds: [measureId], changeRequestId: change.id },
    });
    return { ok: true, value: { remaining: await closeIfDone(tx, request.id, now) } };
  });
}

/** The facts of a measure in the request, for the "Endre" form (null when not in it). */
export async function measureForChange(db: Db, secret: string, token: unknown, measureId: string, now = new Date()) {
  const link = await findLink(db, secret, token, now);
  if (!link.ok) return link;
  const item = link.request.items.find((i) => i.measureId === measureId && !i.answeredAt);
  if (!item) return { ok: false as const, problem: 'invalid' as LinkProblem };
  const snapshot = (await db.$transaction((tx) => loadMeasureSnapshot(tx, measureId)))!;
  return { ok: true as const, measure: snapshot, language: link.request.language };
}
