// The audit log: every change to the catalogue, written in the same transaction as the
// change itself, with each field's value before and after and the whole item after.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor, Tx } from './types';

export type EntityType = 'measure' | 'provider' | 'news' | 'change_request' | 'user' | 'error_report' | 'help_block' | 'confirmation_request';
export type AuditAction = 'create' | 'update' | 'status' | 'verify' | 'restore' | 'delete' | 'approve' | 'reject' | 'propose' | 'import' | 'request' | 'answer';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Key order is not meaningful: jsonb (change requests, snapshots) stores keys sorted.
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k] ?? null)]));
  }
  return value ?? null;
}
const sameValue = (a: unknown, b: unknown) => JSON.stringify(stable(a)) === JSON.stringify(stable(b));

/** The fields whose values differ, in the order given. */
export function diffFields<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields
    .filter((f) => !sameValue(before?.[f], after[f]))
    .map((f) => ({ field: f, before: before ? (before[f] ?? null) : null, after: after[f] ?? null }));
}

/**
 * Who made a change: a signed-in person, or a provider's contact answering a confirmation
 * request from its email (no account: id null, named by the address asked).
 */
export type AuditActor = Pick<Actor, 'email'> & { id: string | null };

export async function writeAudit(
  tx: Tx,
  actor: AuditActor,
  entry: { entityType: EntityType; entityId: string; action: AuditAction; changes: FieldChange[]; snapshot: object; version?: number | null },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      changes: entry.changes as unknown as Prisma.InputJsonValue,
      snapshot: entry.snapshot as Prisma.InputJsonValue,
      version: entry.version ?? null,
      userId: actor.id,
      userEmail: actor.email,
    },
  });
}
