// User management for admins (lib/admin/users.ts): creating users through Better Auth,
// changing roles, deactivating (sessions gone, sign-in refused), the self-protection
// rules and the audit log, against real databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '@/lib/auth';
import { createStaffUser } from '@/lib/auth/create-user';
import { changeUserRole, createUser, getUser, listUsers, setUserActive } from '@/lib/admin/users';
import type { Actor } from '@/lib/admin/types';
import { seedDemoData } from '@/lib/db/seed';
import { changeRoleSchema, createUserSchema } from '@/lib/validation/user';
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
        'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
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
    expect((await getUser(db.prisma, id))!.active).toBe(false);
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
});
