// Shapes shared by the admin services: who acts, on what database, and how a service
// answers when it cannot do what was asked.
import type { Actor, Role } from '@/lib/auth/guard';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { FieldErrors } from '@/lib/validation/form-data';

export type { Actor, Role };
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/** One field that changed since the version the user started from. */
export interface ConflictChange {
  field: string;
  /** The value someone else saved meanwhile (now in the database). */
  theirs: unknown;
  /** The value the user sent. */
  yours: unknown;
}

export interface Conflict {
  /** The lock token to resubmit with: the current version (or updatedAt). */
  currentVersion: string;
  changes: ConflictChange[];
}

export type Failure =
  | { ok: false; error: 'not_found' | 'forbidden' }
  | { ok: false; error: 'conflict'; conflict: Conflict }
  | { ok: false; error: 'invalid'; fieldErrors: FieldErrors };

export type Result<T> = { ok: true; value: T } | Failure;

export const EDITORS: readonly Role[] = ['admin', 'editor'];
export const STAFF: readonly Role[] = ['admin', 'editor', 'provider'];

export const isEditor = (actor: Actor) => actor.role === 'admin' || actor.role === 'editor';
export const forbidden = { ok: false, error: 'forbidden' } as const;
export const notFound = { ok: false, error: 'not_found' } as const;
