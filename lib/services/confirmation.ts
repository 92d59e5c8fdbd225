// Confirmation requests (README, "Keeping listings true"): creating them (the daily job, or an
// editor by hand) and the answers a provider's contact gives from the link in the mail. An
// answer changes only the measures of its own request, once, in one transaction with its
// audit entry, which names the contact's address (there is no account behind it).
import { tokenHash, hashToken } from '@/lib/confirmation/token';
import { dateColumn, isoDay, osloDate } from '@/lib/domain/oslo-date';
import { normalizeContent, pickContent } from '@/lib/domain/measure-content';
import { dueDate } from '@/lib/domain/confirmation';
import { loadMeasureSnapshot } from '@/lib/data/measures';
import type { ConfirmationKind } from '@/lib/generated/prisma/enums';
import { confirmationChangeSchema } from '@/lib/validation/confirmation';
import { toFieldErrors, type FieldErrors, type FormValues } from '@/lib/validation/form-data';
import { measureUpdateSchema, storedContentInput } from '@/lib/validation/measure';
import { randomBytes } from 'node:crypto';
import { diffFields, writeAudit, type AuditActor } from './audit';
import { forbidden, isEditor, type Actor, type Db, type Result, type Tx } from './types';

/** Where a measure's requests go: its own address, else its provider's. */
export const contactOf = (m: { updatesEmail: string | null; provider: { updatesEmail: string | null } }) =>
  m.updatesEmail?.trim() || m.provider.updatesEmail?.trim() || null;

export interface RequestGroup {
  providerId: string;
  email: string;
  language: 'nb' | 'nn' | 'en';
  measures: { id: string; dueOn: string }[];
}

/** Measures grouped per provider and contact: one mail each, listing all its measures. */
export function groupByContact(
  measures: { id: string; providerId: string; updatesEmail: string | null; dueOn: string; provider: { updatesEmail: string | null; updatesLanguage: 'nb' | 'nn' | 'en' } }[],
): RequestGroup[] {
  const groups = new Map<string, RequestGroup>();
  for (const m of measures) {
    const email = contactOf(m);
    if (!email) continue;
    const key = `${m.providerId}\n${email.toLowerCase()}`;
    const group = groups.get(key) ?? { providerId: m.providerId, email, language: m.provider.updatesLanguage, measures: [] };
    group.measures.push({ id: m.id, dueOn: m.dueOn });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Stores one request per group (not yet sent: the mail job gives it its link). Until then its
 * token hash is of a random value nobody holds, so no link opens it.
 */
export async function createRequests(tx: Tx, groups: RequestGroup[], options: { kind: ConfirmationKind; now: Date; requestedById?: string | null }): Promise<string[]> {
  const ids: string[] = [];
  for (const group of groups) {
    const request = await tx.confirmationRequest.create({
      data: {
        providerId: group.providerId,
        email: group.email,
        language: group.language,
        kind: options.kind,
        tokenHash: hashToken(randomBytes(32).toString('base64url')),
        expiresAt: options.now,
        requestedById: options.requestedById ?? null,
        createdAt: options.now,
        items: { create: group.measures.map((m) => ({ measureId: m.id, dueOn: dateColumn(m.dueOn) })) },
      },
      select: { id: true },
    });
    ids.push(request.id);
  }
  return ids;
}

const contactMeasureSelect = {
  id: true, providerId: true, updatesEmail: true, lastVerifiedAt: true,
  provider: { select: { updatesEmail: true, updatesLanguage: true } },
} as const;

/**
 * An editor asks by hand, for one measure or a selection: one request per contact, whatever
 * round the measures are in. Measures without a contact are skipped and counted.
 */
export async function requestConfirmationByEditor(db: Db, actor: Actor, measureIds: string[], now = new Date()): Promise<Result<{ requestIds: string[]; withoutContact: number }>> {
  if (!isEditor(actor)) return forbidden;
  return db.$transaction(async (tx) => {
    const measures = await tx.measure.findMany({ where: { id: { in: measureIds }, status: { not: 'ARCHIVED' } }, select: contactMeasureSelect });
    const today = osloDate(now);
    const groups = groupByContact(measures.map((m) => ({ ...m, dueOn: today })));
    const requestIds = await createRequests(tx, groups, { kind: 'MANUAL', now, requestedById: actor.id });
    for (const [i, id] of requestIds.entries()) {
      await writeAudit(tx, actor, {
        entityType: 'confirmation_request', entityId: id, action: 'request', changes: [],
        snapshot: { measureIds: groups[i]!.measures.map((m) => m.id), email: groups[i]!.email },
      });
    }
    const withoutContact = measures.filter((m) => !contactOf(m)).length + (measureIds.length - measures.length);
    return { ok: true as const, value: { requestIds, withoutContact } };
  });
}

/** The due, published measures with a contact that no request has covered in this round. */
export async function findDueMeasures(db: Db | Tx, now: Date) {
  const today = osloDate(now);
  const measures = await db.measure.findMany({
    where: { status: 'PUBLISHED', OR: [{ updatesEmail: { not: null } }, { provider: { updatesEmail: { not: null } } }] },
    select: { ...contactMeasureSelect, confirmationItems: { select: { request: { select: { createdAt: true } } } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return measures
    .map((m) => ({ ...m, lastVerified: isoDay(m.lastVerifiedAt), dueOn: dueDate(isoDay(m.lastVerifiedAt), today) }))
    .filter((m) => m.dueOn <= today && contactOf(m))
    .filter((m) => !m.confirmationItems.some((i) => m.lastVerified === null || osloDate(i.request.createdAt) >= m.lastVerified));
}

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
