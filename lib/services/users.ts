// User management for admins: create (through Better Auth's own API, so the hash is
// Better Auth's), change role/provider, deactivate and reactivate, send a password-reset
// link, delete. Every change writes an AuditEntry (entityType 'user'), never with password data. The actions check that the
// actor is an admin; these functions also refuse anyone else.
import type { Auth } from '@/lib/auth';
import { accountKey, lockedUntil } from '@/lib/auth/account-lock';
import { createStaffUser, generatePassword } from '@/lib/auth/create-user';
import type { AuthSettings } from '@/lib/auth/settings';
import type { ChangeRoleInput, CreateUserInput } from '@/lib/validation/user';
import { diffFields, writeAudit } from './audit';
import type { Actor, Db, Role, Tx } from './types';

/** Why a change was refused; the keys are messages under Forms.errors. */
export type UserFailure =
  | { ok: false; error: 'forbidden' | 'userNotFound' | 'selfChange' | 'selfDelete' | 'lastAdmin' }
  | { ok: false; error: 'emailTaken'; field: 'email' }
  | { ok: false; error: 'providerNotFound'; field: 'providerSlug' };

export type UserResult<T> = { ok: true; value: T } | UserFailure;

const forbidden = { ok: false, error: 'forbidden' } as const;
const userNotFound = { ok: false, error: 'userNotFound' } as const;

const FIELDS = ['name', 'email', 'role', 'providerId', 'active'] as const;
type Snapshot = { id: string; name: string; email: string; role: string; providerId: string | null; active: boolean };

async function snapshotOf(db: Db | Tx, id: string): Promise<Snapshot | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, providerId: true, banned: true },
  });
  if (!user) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, providerId: user.providerId, active: !user.banned };
}

async function providerIdFor(db: Db | Tx, role: Role, slug: string | undefined): Promise<string | null | undefined> {
  if (role !== 'provider') return null;
  if (!slug) return undefined;
  return (await db.provider.findUnique({ where: { slug }, select: { id: true } }))?.id;
}

/** Creates the account; `password` is the generated one (to show once), or null if given. */
export async function createUser(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  input: CreateUserInput,
): Promise<UserResult<{ id: string; email: string; password: string | null }>> {
  if (actor.role !== 'admin') return forbidden;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, error: 'emailTaken', field: 'email' };
  }
  if ((await providerIdFor(db, input.role, input.providerSlug)) === undefined) {
    return { ok: false, error: 'providerNotFound', field: 'providerSlug' };
  }
  const generated = input.password ? null : generatePassword();
  const created = await createStaffUser(db, settings, {
    email: input.email,
    name: input.name,
    role: input.role,
    password: input.password || generated!,
    ...(input.role === 'provider' ? { providerSlug: input.providerSlug } : {}),
  });
  const after = (await snapshotOf(db, created.id))!;
  await writeAudit(db, actor, { entityType: 'user', entityId: created.id, action: 'create', changes: diffFields(null, after, FIELDS), snapshot: after });
  return { ok: true, value: { id: created.id, email: created.email, password: generated } };
}

/** Changes role (and provider). An admin cannot take the admin role from themselves. */
export async function changeUserRole(db: Db, actor: Actor, id: string, input: ChangeRoleInput): Promise<UserResult<{ id: string }>> {
  if (actor.role !== 'admin') return forbidden;
  if (id === actor.id && input.role !== 'admin') return { ok: false, error: 'selfChange' };
  return db.$transaction(async (tx): Promise<UserResult<{ id: string }>> => {
    const before = await snapshotOf(tx, id);
    if (!before) return userNotFound;
    const providerId = await providerIdFor(tx, input.role, input.providerSlug);
    if (providerId === undefined) return { ok: false, error: 'providerNotFound', field: 'providerSlug' };
    const changes = diffFields(before, { ...before, role: input.role, providerId }, FIELDS);
    if (changes.length === 0) return { ok: true, value: { id } };
    await tx.user.update({ where: { id }, data: { role: input.role, providerId } });
    const after = (await snapshotOf(tx, id))!;
    await writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'update', changes: diffFields(before, after, FIELDS), snapshot: after });
    return { ok: true, value: { id } };
  });
}

/**
 * Deactivates (Better Auth's `banned` flag: sign-in refused by its admin plugin, sessions
 * refused by the guard) and deletes the person's sessions; or reactivates. Not oneself.
 */
export async function setUserActive(db: Db, actor: Actor, id: string, active: boolean): Promise<UserResult<{ id: string }>> {
  if (actor.role !== 'admin') return forbidden;
  if (id === actor.id) return { ok: false, error: 'selfChange' };
  return db.$transaction(async (tx): Promise<UserResult<{ id: string }>> => {
    const before = await snapshotOf(tx, id);
    if (!before) return userNotFound;
    if (!active) await tx.session.deleteMany({ where: { userId: id } });
    if (before.active === active) return { ok: true, value: { id } };
    await tx.user.update({ where: { id }, data: { banned: !active, banReason: null, banExpires: null } });
    const after = (await snapshotOf(tx, id))!;
    await writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'status', changes: diffFields(before, after, FIELDS), snapshot: after });
    return { ok: true, value: { id } };
  });
}

/**
 * Sends the person a password-reset link through Better Auth's own flow (mail, or the server
 * log without SMTP_HOST): the admin never sees or sets the password. `redirectTo` is the
 * reset page in the admin's language.
 */
export async function sendPasswordResetLink(
  db: Db,
  auth: Pick<Auth, 'api'>,
  actor: Actor,
  id: string,
  redirectTo: string,
): Promise<UserResult<{ email: string }>> {
  if (actor.role !== 'admin') return forbidden;
  const user = await db.user.findUnique({ where: { id }, select: { email: true } });
  if (!user) return userNotFound;
  await auth.api.requestPasswordReset({ body: { email: user.email, redirectTo } });
  return { ok: true, value: { email: user.email } };
}

/**
 * Deletes the account with its sessions, sign-in methods and TOTP (cascades). The audit log
 * keeps who did what: its entries name the person by email, and this deletion is one more
 * entry. Never oneself, never the last active admin.
 */
export async function deleteUser(db: Db, actor: Actor, id: string): Promise<UserResult<{ email: string }>> {
  if (actor.role !== 'admin') return forbidden;
  if (id === actor.id) return { ok: false, error: 'selfDelete' };
  return db.$transaction(async (tx): Promise<UserResult<{ email: string }>> => {
    const before = await snapshotOf(tx, id);
    if (!before) return userNotFound;
    if (before.role === 'admin') {
      const otherAdmins = await tx.user.count({
        where: { role: 'admin', id: { not: id }, OR: [{ banned: false }, { banned: null }] },
      });
      if (otherAdmins === 0) return { ok: false, error: 'lastAdmin' };
    }
    await tx.user.delete({ where: { id } });
    const changes = FIELDS.map((field) => ({ field, before: before[field], after: null }));
    await writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'delete', changes, snapshot: before });
    return { ok: true, value: { email: before.email } };
  });
}

/** Lifts a sign-in lock at once and clears the failure count; audited when there was a lock. */
export async function unlockSignIn(db: Db, secret: string, actor: Actor, id: string, now = new Date()): Promise<UserResult<{ id: string }>> {
  if (actor.role !== 'admin') return forbidden;
  return db.$transaction(async (tx): Promise<UserResult<{ id: string }>> => {
    const before = await snapshotOf(tx, id);
    if (!before) return userNotFound;
    const key = accountKey(secret, before.email);
    const until = await lockedUntil(tx, key, now);
    await tx.signInFailure.deleteMany({ where: { key } });
    if (until) {
      const changes = [{ field: 'lockedUntil', before: until.toISOString(), after: null }];
      await writeAudit(tx, actor, { entityType: 'user', entityId: id, action: 'status', changes, snapshot: before });
    }
    return { ok: true, value: { id } };
  });
}
