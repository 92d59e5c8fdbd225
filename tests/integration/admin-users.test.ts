// User management for admins (lib/services/users.ts): creating users through Better Auth,
// changing roles, deactivating (sessions gone, sign-in refused), password-reset links,
// deleting, the self-protection rules and the audit log, against real databases.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuth, type Auth } from '@/lib/auth';
import { createStaffUser } from '@/lib/auth/create-user';
import {
  changeUserRole,
  createUser,
  deleteUser,
  sendPasswordResetLink,
  setUserActive,
} from '@/lib/services/users';
import { getUser, listUsers } from '@/lib/data/admin-users';
import { writeAudit } from '@/lib/services/audit';
import type { Actor } from '@/lib/services/types';
import { seedDemoData } from '@/lib/db/seed';
import { changeRoleSchema, createUserSchema, deleteUserSchema } from '@/lib/validation/user';
import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';
import { TEST_ORIGIN, testSettings } from '../helpers/auth';
import { databaseKinds, type TestDatabase } from '../helpers/db';

const PASSWORD = 'a long enough test password';

function signIn(auth: Auth, email: string, password: string) {
  return auth.handler(
    new Request(`${TEST_ORIGIN}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: TEST_ORIGIN,
        [CLIENT_IP_HEADER]: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
      },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe.each(databaseKinds)('user management on $kind', ({ create }) => {
  let db: TestDatabase;
  let auth: Auth;
  let admin: Actor;
  let editorActor: Actor;
  let providerSlug: string;
  const settings = testSettings();

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    auth = createAuth(db.prisma, settings);
    providerSlug = (await db.prisma.provider.findFirstOrThrow({ orderBy: { slug: 'asc' } })).slug;
    const a = await createStaffUser(db.prisma, settings, { email: 'boss@example.org', name: 'Boss', role: 'admin', password: PASSWORD });
    admin = { id: a.id, email: a.email, name: 'Boss', role: 'admin', providerId: null };
    const e = await createStaffUser(db.prisma, settings, { email: 'ed@example.org', name: 'Ed', role: 'editor', password: PASSWORD });
    editorActor = { id: e.id, email: e.email, name: 'Ed', role: 'editor', providerId: null };
  });
  afterAll(() => db?.close());

  const audits = (entityId: string) =>
    db.prisma.auditEntry.findMany({ where: { entityType: 'user', entityId }, orderBy: { createdAt: 'asc' } });

  it('validates the create form: name, email, role, provider for providers, password ≥ 12 or empty', () => {
    const bad = createUserSchema.safeParse({ name: ' ', email: 'nope', role: 'root', password: 'short' });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['name:nameRequired', 'email:emailInvalid', 'role:roleInvalid', 'password:passwordTooShort']));
    const noProvider = createUserSchema.safeParse({ name: 'P', email: 'p@example.org', role: 'provider', providerSlug: '', password: '' });
    expect(noProvider.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toEqual(['providerSlug:providerRequired']);
    const ok = createUserSchema.parse({ name: ' N ', email: ' N@Example.org ', role: 'editor', password: '' });
    expect(ok).toMatchObject({ name: 'N', email: 'n@example.org', role: 'editor', password: '' });
    expect(changeRoleSchema.safeParse({ role: 'provider' }).success).toBe(false);
  });

  it('creates a user through Better Auth (its hash), generating a password when none is given, and audits it', async () => {
    const result = await createUser(db.prisma, settings, admin, {
      name: 'New Editor',
      email: 'new.editor@example.org',
      role: 'editor',
      password: '',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.password).toMatch(/^[\w-]{24}$/);
    const account = await db.prisma.account.findFirstOrThrow({ where: { userId: result.value.id, providerId: 'credential' } });
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect((await signIn(auth, 'new.editor@example.org', result.value.password!)).status).toBe(200);

    const [entry] = await audits(result.value.id);
    expect(entry).toMatchObject({ action: 'create', userId: admin.id, userEmail: admin.email });
    expect(entry!.snapshot).toEqual({ id: result.value.id, name: 'New Editor', email: 'new.editor@example.org', role: 'editor', providerId: null, active: true });
    expect(JSON.stringify(entry)).not.toContain(result.value.password!);
    expect(JSON.stringify(entry)).not.toMatch(/password/i);

    const given = await createUser(db.prisma, settings, admin, { name: 'P', email: 'prov@example.org', role: 'provider', providerSlug, password: PASSWORD });
    expect(given).toMatchObject({ ok: true, value: { password: null } });
    const row = (await listUsers(db.prisma)).find((u) => u.email === 'prov@example.org')!;
    expect(row).toMatchObject({ role: 'provider', provider: { slug: providerSlug }, active: true, twoFactorEnabled: false });
  });

  it('refuses duplicates, unknown providers and non-admins', async () => {
    expect(await createUser(db.prisma, settings, admin, { name: 'x', email: 'ed@example.org', role: 'editor', password: PASSWORD })).toEqual({
      ok: false,
      error: 'emailTaken',
      field: 'email',
    });
    expect(
      await createUser(db.prisma, settings, admin, { name: 'x', email: 'x@example.org', role: 'provider', providerSlug: 'nope', password: PASSWORD }),
    ).toEqual({ ok: false, error: 'providerNotFound', field: 'providerSlug' });
    expect(await createUser(db.prisma, settings, editorActor, { name: 'x', email: 'y@example.org', role: 'admin', password: PASSWORD })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await setUserActive(db.prisma, editorActor, admin.id, false)).toEqual({ ok: false, error: 'forbidden' });
    expect(await changeUserRole(db.prisma, editorActor, editorActor.id, { role: 'admin' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await db.prisma.user.count({ where: { email: { in: ['x@example.org', 'y@example.org'] } } })).toBe(0);
  });

  it('changes a role and provider, and audits the change', async () => {
    const target = await createUser(db.prisma, settings, admin, { name: 'Role', email: 'role@example.org', role: 'editor', password: PASSWORD });
    if (!target.ok) throw new Error('not created');
    const id = target.value.id;
    expect(await changeUserRole(db.prisma, admin, id, { role: 'provider', providerSlug })).toEqual({ ok: true, value: { id } });
    const provider = await db.prisma.provider.findUniqueOrThrow({ where: { slug: providerSlug } });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: 'provider', providerId: provider.id });
    expect(await changeUserRole(db.prisma, admin, id, { role: 'editor' })).toEqual({ ok: true, value: { id } });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: 'editor', providerId: null });
    // No change, no entry.
    await changeUserRole(db.prisma, admin, id, { role: 'editor' });
    const entries = await audits(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(entries[1]!.changes).toEqual([
      { field: 'role', before: 'editor', after: 'provider' },
      { field: 'providerId', before: null, after: provider.id },
    ]);
    expect(await changeUserRole(db.prisma, admin, 'no-such-user', { role: 'editor' })).toEqual({ ok: false, error: 'userNotFound' });
  });

  it('deactivating deletes the sessions and refuses sign-in; reactivating lets the person in again', async () => {
    const target = await createUser(db.prisma, settings, admin, { name: 'Gone', email: 'gone@example.org', role: 'editor', password: PASSWORD });
    if (!target.ok) throw new Error('not created');
    const id = target.value.id;
    expect((await signIn(auth, 'gone@example.org', PASSWORD)).status).toBe(200);
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(1);

    expect(await setUserActive(db.prisma, admin, id, false)).toEqual({ ok: true, value: { id } });
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0);
    expect((await getUser(id, db.prisma))!.active).toBe(false);
    const refused = await signIn(auth, 'gone@example.org', PASSWORD);
    expect(refused.status).toBe(403);
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0);

    expect(await setUserActive(db.prisma, admin, id, true)).toEqual({ ok: true, value: { id } });
    expect((await signIn(auth, 'gone@example.org', PASSWORD)).status).toBe(200);

    const entries = await audits(id);
    expect(entries.map((e) => [e.action, e.changes])).toEqual([
      ['create', expect.anything()],
      ['status', [{ field: 'active', before: true, after: false }]],
      ['status', [{ field: 'active', before: false, after: true }]],
    ]);
  });

  it('an admin cannot deactivate or demote themselves', async () => {
    expect(await setUserActive(db.prisma, admin, admin.id, false)).toEqual({ ok: false, error: 'selfChange' });
    expect(await changeUserRole(db.prisma, admin, admin.id, { role: 'editor' })).toEqual({ ok: false, error: 'selfChange' });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'admin', banned: false });
    expect(await audits(admin.id)).toEqual([]);
    // Keeping one's own admin role is no change.
    expect(await changeUserRole(db.prisma, admin, admin.id, { role: 'admin' })).toEqual({ ok: true, value: { id: admin.id } });
  });

  it('sends a password-reset link through the usual flow (to the log without SMTP); admins only', async () => {
    const target = await createUser(db.prisma, settings, admin, { name: 'Forgot', email: 'forgot@example.org', role: 'editor', password: PASSWORD });
    if (!target.ok) throw new Error('not created');
    const log = vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      expect(await sendPasswordResetLink(db.prisma, auth, editorActor, target.value.id, '/nn/admin/tilbakestill-passord')).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(await sendPasswordResetLink(db.prisma, auth, admin, 'no-such-user', '/admin/tilbakestill-passord')).toEqual({
        ok: false,
        error: 'userNotFound',
      });
      expect(log).not.toHaveBeenCalled();
      const sent = await sendPasswordResetLink(db.prisma, auth, admin, target.value.id, '/nn/admin/tilbakestill-passord');
      expect(sent).toEqual({ ok: true, value: { email: 'forgot@example.org' } });
      await vi.waitFor(() => expect(log).toHaveBeenCalled());
      const line = log.mock.calls.flat().join(' ');
      expect(line).toContain('forgot@example.org');
      const url = new URL(line.match(/https?:\/\/\S+/)![0]);
      expect(url.searchParams.get('callbackURL')).toBe('/nn/admin/tilbakestill-passord');
      const token = url.pathname.split('/').pop()!;
      const reset = await auth.api.resetPassword({ body: { token, newPassword: 'the person chose this one' } });
      expect(reset.status).toBe(true);
    } finally {
      log.mockRestore();
    }
    expect((await signIn(auth, 'forgot@example.org', 'the person chose this one')).status).toBe(200);
  });

  it('deletes a user after the confirmation, with sessions and sign-in methods; the audit log keeps the emails', async () => {
    expect(deleteUserSchema.safeParse({}).error?.issues[0]?.message).toBe('confirmDeleteUser');
    expect(deleteUserSchema.safeParse({ confirm: 'yes' }).success).toBe(true);
    const target = await createUser(db.prisma, settings, admin, { name: 'Leaving', email: 'leaving@example.org', role: 'editor', password: PASSWORD });
    if (!target.ok) throw new Error('not created');
    const id = target.value.id;
    expect((await signIn(auth, 'leaving@example.org', PASSWORD)).status).toBe(200);
    // Something the person did, in the audit log under their name.
    const leaving = { id, email: 'leaving@example.org', name: 'Leaving', role: 'editor' as const, providerId: null };
    await db.prisma.$transaction((tx) => writeAudit(tx, leaving, { entityType: 'news', entityId: 'news-1', action: 'update', changes: [], snapshot: {} }));

    expect(await deleteUser(db.prisma, editorActor, id)).toEqual({ ok: false, error: 'forbidden' });
    expect(await deleteUser(db.prisma, admin, 'no-such-user')).toEqual({ ok: false, error: 'userNotFound' });
    expect(await deleteUser(db.prisma, admin, id)).toEqual({ ok: true, value: { email: 'leaving@example.org' } });

    expect(await db.prisma.user.count({ where: { id } })).toBe(0);
    expect(await db.prisma.session.count({ where: { userId: id } })).toBe(0);
    expect(await db.prisma.account.count({ where: { userId: id } })).toBe(0);
    expect((await signIn(auth, 'leaving@example.org', PASSWORD)).status).toBe(401);
    const theirs = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'news', entityId: 'news-1' } });
    expect(theirs).toMatchObject({ userId: null, userEmail: 'leaving@example.org' });
    const entries = await audits(id);
    expect(entries.at(-1)).toMatchObject({ action: 'delete', userId: admin.id, userEmail: admin.email });
    expect(entries.at(-1)!.changes).toEqual(expect.arrayContaining([{ field: 'email', before: 'leaving@example.org', after: null }]));
  });

  it('never deletes oneself or the last active admin', async () => {
    expect(await deleteUser(db.prisma, admin, admin.id)).toEqual({ ok: false, error: 'selfDelete' });
    // Another admin, while Boss is the only other (active) admin: Boss may delete them.
    const second = await createUser(db.prisma, settings, admin, { name: 'Second', email: 'second@example.org', role: 'admin', password: PASSWORD });
    if (!second.ok) throw new Error('not created');
    const secondActor = { id: second.value.id, email: 'second@example.org', name: 'Second', role: 'admin' as const, providerId: null };
    // With Boss deactivated, Second is the last active admin: Boss's stale session cannot delete them.
    await db.prisma.user.update({ where: { id: admin.id }, data: { banned: true } });
    try {
      expect(await deleteUser(db.prisma, admin, second.value.id)).toEqual({ ok: false, error: 'lastAdmin' });
      expect(await db.prisma.user.count({ where: { id: second.value.id } })).toBe(1);
    } finally {
      await db.prisma.user.update({ where: { id: admin.id }, data: { banned: false } });
    }
    expect(await deleteUser(db.prisma, secondActor, second.value.id)).toEqual({ ok: false, error: 'selfDelete' });
    expect(await deleteUser(db.prisma, admin, second.value.id)).toEqual({ ok: true, value: { email: 'second@example.org' } });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: 'admin' });
  });
});
