// Confirmation requests (README, "Keeping listings true"): the measures due and their
// contacts, and the requests made for them, by the daily job or by an editor by hand. Kept
// apart from the answers (./confirmation.ts) so the jobs run outside Next.js as well.
import { randomBytes } from 'node:crypto';
import { hashToken } from '@/lib/confirmation/token';
import { askedThisRound, dueDate } from '@/lib/domain/confirmation';
import { dateColumn, isoDay, osloDate } from '@/lib/domain/oslo-date';
import type { ConfirmationKind } from '@/lib/generated/prisma/enums';
import { writeAudit } from './audit';
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

/**
 * The due, published measures with a contact that no request has covered in this round. A
 * round starts at the last confirmation, or at an "Endre" answer (the contact went through
 * the facts then; the editors have the proposal), whichever is later.
 */
export async function findDueMeasures(db: Db | Tx, now: Date) {
  const today = osloDate(now);
  const measures = await db.measure.findMany({
    where: { status: 'PUBLISHED', OR: [{ updatesEmail: { not: null } }, { provider: { updatesEmail: { not: null } } }] },
    select: { ...contactMeasureSelect, confirmationItems: { select: { answer: true, answeredAt: true, request: { select: { createdAt: true } } } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  return measures
    .map((m) => {
      const changedOn = m.confirmationItems.filter((i) => i.answer === 'CHANGED' && i.answeredAt).map((i) => osloDate(i.answeredAt!));
      const roundStart = [isoDay(m.lastVerifiedAt), ...changedOn].filter((d): d is string => d !== null).sort().at(-1) ?? null;
      return { ...m, roundStart, dueOn: dueDate(roundStart, today) };
    })
    .filter((m) => m.dueOn <= today && contactOf(m))
    .filter((m) => !askedThisRound(m.roundStart, m.confirmationItems.map((i) => osloDate(i.request.createdAt))));
}
