// Every admin server action and route handler checks the session and role itself, first.
// The files are found by scanning the source tree, so a new action or handler without a
// check fails here. Route handlers are also called, anonymously and as people who may not
// use them; server actions are called over HTTP in tests/e2e/admin-auth.spec.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSignature } from 'better-auth/crypto';
import { createAuth } from '@/lib/auth';
import type { Database } from '@/lib/db/connection';
import { createPGliteDatabase, type TestDatabase } from '../helpers/db';
import { testSettings } from '../helpers/auth';
import { exportedFunctions, hasUseServer, ROOT, walk } from '../helpers/server-actions';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Server actions that must work for anonymous visitors: signing in and password reset. */
const PUBLIC_ACTIONS = new Set([
  'app/[locale]/admin/logg-inn/actions.ts#signInAction',
  'app/[locale]/admin/logg-inn/actions.ts#ssoSignInAction',
  'app/[locale]/admin/glemt-passord/actions.ts#requestPasswordResetAction',
  'app/[locale]/admin/tilbakestill-passord/actions.ts#resetPasswordAction',
  // "Meld feil" on the public measure pages: for visitors, who have no session. It is
  // guarded by a signed form token, a honeypot and rate limits (lib/error-reports) instead.
  'lib/actions/error-reports.ts#submitErrorReportAction',
]);

const actionFiles = [...walk('app'), ...walk('lib/actions')].filter(
  (file) => (file.startsWith('lib/actions/') || file.includes('/admin/')) && hasUseServer(file),
);
/**
 * The open-data API is public and read-only (GET only, published data only; see
 * tests/integration/open-data.test.ts), so its handlers have no session to check.
 */
const PUBLIC_API_FOLDERS = ['app/api/v1/', 'app/api/hsds/'];
const routeFiles = walk('app').filter(
  (file) =>
    /\/route\.tsx?$/.test(file) &&
    !file.startsWith('app/api/auth/') &&
    !PUBLIC_API_FOLDERS.some((folder) => file.startsWith(folder)) &&
    (file.startsWith('app/api/') || file.includes('/admin/')),
);
const actions = actionFiles.flatMap((file) => exportedFunctions(file));
const handlers = routeFiles.flatMap((file) => exportedFunctions(file)).filter((fn) => HTTP_METHODS.has(fn.name));

describe('every admin server action checks the session and role first', () => {
  it('finds the actions', () => {
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(['signOutAction', 'enableTwoFactorAction', 'deleteErrorReportAction']));
  });

  it('tells a guarded action from one that does work before (or without) the check', () => {
    const checked = exportedFunctions(
      'example.ts',
      `'use server';
      export async function okAction(id: string) { const actor = await requireActor(['admin']); return id; }
      export const alsoOkAction = async () => { await requireActor(EDITORS); };
      export async function lateAction() { await db.delete(); await requireActor(['admin']); }
      export async function noCheckAction() { return 1; }`,
    );
    expect(Object.fromEntries(checked.map((fn) => [fn.name, fn.guarded]))).toEqual({
      okAction: true,
      alsoOkAction: true,
      lateAction: false,
      noCheckAction: false,
    });
  });

  it('has no inline "use server" functions in admin pages (they would escape this check)', () => {
    const inline = walk('app')
      .filter((file) => file.includes('/admin/') && !actionFiles.includes(file))
      .filter((file) => /['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(inline).toEqual([]);
  });

  it.each(actions.map((a) => [`${a.file}#${a.name}`, a] as const))('%s', (id, action) => {
    expect(action.async, `${id} must be async`).toBe(true);
    if (PUBLIC_ACTIONS.has(id)) return;
    expect(action.guarded, `${id} must start with requireActor(...); it starts with: ${action.firstStatement}`).toBe(true);
  });
});

describe('every admin route handler checks the session and role first', () => {
  let db: TestDatabase;
  const globals = globalThis as unknown as { ettervernDb?: Database; ettervernAuth?: unknown };
  const cookies: Record<string, string> = {};
  const settings = testSettings();

  beforeAll(async () => {
    db = await createPGliteDatabase();
    const auth = createAuth(db.prisma, settings);
    // The app's lazily opened database and auth instance, pointed at the test database.
    globals.ettervernDb = db;
    globals.ettervernAuth = { auth, settings };
    const ctx = await auth.$context;
    const password = 'route handler test password';
    // People no admin route may serve: an admin who has not turned on two-step sign-in,
    // and a provider account without an organisation.
    for (const [email, role] of [
      ['admin-without-2fa@example.org', 'admin'],
      ['provider-without-organisation@example.org', 'provider'],
    ] as const) {
      const created = await auth.api.createUser({ body: { email, password, name: email, role } });
      const session = await ctx.internalAdapter.createSession(created.user.id);
      cookies[email] = `ettervern.session_token=${encodeURIComponent(`${session.token}.${await makeSignature(session.token, settings.secret)}`)}`;
    }
  });
  afterAll(async () => {
    delete globals.ettervernDb;
    delete globals.ettervernAuth;
    await db?.close();
  });

  it.each(handlers.map((h) => [`${h.file}#${h.name}`, h] as const))('%s', async (id, handler) => {
    expect(handler.guarded, `${id} must start with actorForRequest(...); it starts with: ${handler.firstStatement}`).toBe(true);
    const module = (await import(path.join(ROOT, handler.file))) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
    const call = (cookie?: string) =>
      module[handler.name]!(
        new Request('http://localhost:3000/api/x', {
          method: handler.name,
          headers: cookie ? { cookie, origin: 'http://localhost:3000' } : {},
          ...(['GET', 'HEAD'].includes(handler.name) ? {} : { body: '{}' }),
        }),
        { params: Promise.resolve({}) },
      );
    expect((await call()).status, `${id} anonymous`).toBe(401);
    for (const [who, cookie] of Object.entries(cookies)) {
      expect((await call(cookie)).status, `${id} as ${who}`).toBe(403);
    }
  });
});
