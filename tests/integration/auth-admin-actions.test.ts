// Every server action and admin route handler checks the session and role itself, first.
// The files are found by scanning the source tree, so a new action or handler without a
// check fails here. Server actions are all made by the one wrapper (lib/actions/safe-action.ts)
// with their roles declared, and the wrapper checks them before it reads anything sent; they
// are also called over HTTP, anonymously and as accounts they do not serve, in
// tests/e2e/admin-auth.spec.ts. Route handlers are called here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSignature } from 'better-auth/crypto';
import { createAuth } from '@/lib/auth';
import type { Database } from '@/lib/db/connection';
import { createPGliteDatabase, type TestDatabase } from '../helpers/db';
import { testSettings } from '../helpers/auth';
import { ACTION_WRAPPERS, exportedFunctions, hasUseServer, ROOT, walk } from '../helpers/server-actions';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Server actions that must work for anonymous visitors: signing in and password reset. */
const PUBLIC_ACTIONS = new Set([
  'lib/actions/sign-in.ts#signInAction',
  'lib/actions/sign-in.ts#ssoSignInAction',
  'lib/actions/password-reset.ts#requestPasswordResetAction',
  'lib/actions/password-reset.ts#resetPasswordAction',
  // "Meld feil" on the public measure pages: for visitors, who have no session. It is
  // guarded by a signed form token, a honeypot and rate limits (lib/error-reports) instead.
  'lib/actions/error-reports.ts#submitErrorReportAction',
  // "Be om å bli kontaktet" on the public measure pages: for visitors, who have no session;
  // guarded like "Meld feil" (lib/public-forms), the details sealed before they are stored.
  'lib/actions/contact-requests.ts#submitContactRequestAction',
  // A provider's answer to a confirmation request ("Alt stemmer", "Endre"), from the link in
  // the mail, with no account: the signed, expiring, single-use link is the key, it reaches
  // only its own provider's measures, and the link pages are rate-limited (lib/confirmation).
  'lib/actions/confirmation.ts#confirmFromLinkAction',
  'lib/actions/confirmation.ts#proposeFromLinkAction',
]);

const sourceFiles = ['app', 'lib', 'components'].flatMap(walk).filter((file) => !file.startsWith('lib/generated/'));
const actionFiles = sourceFiles.filter((file) => hasUseServer(file));
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

/** The top-level function `name` of a file, as a syntax tree. */
function functionIn(file: string, name: string): ts.FunctionDeclaration {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found = source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name);
  if (!found?.body) throw new Error(`${file} has no function ${name}`);
  return found;
}
const calls = (node: ts.Node, name: string): boolean =>
  (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) || !!ts.forEachChild(node, (child) => calls(child, name) || undefined);

describe('every server action checks the session and role first', () => {
  it('finds the actions', () => {
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(['signOutAction', 'enableTwoFactorAction', 'deleteErrorReportAction', 'signInAction']));
  });

  it('keeps every server action in lib/actions (none under app/, none in components)', () => {
    expect(actionFiles.filter((file) => !file.startsWith('lib/actions/'))).toEqual([]);
    // Components and lib take actions from lib/actions, never from a route folder.
    const fromRoutes = sourceFiles
      .filter((file) => !file.startsWith('app/'))
      .filter((file) => /from ['"]@\/app\//.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(fromRoutes).toEqual([]);
  });

  it('has no inline "use server" functions in pages or components (they would escape this check)', () => {
    const inline = sourceFiles
      .filter((file) => !actionFiles.includes(file) && !file.startsWith('lib/'))
      .filter((file) => /['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(inline).toEqual([]);
  });

  it('tells an action made by the wrapper with roles from one without, or made another way', () => {
    const checked = exportedFunctions(
      'example.ts',
      `'use server';
      const editors = { roles: EDITORS } as const;
      export const okAction = postAction({ access: { roles: ['admin'] } }, async () => {});
      export const alsoOkAction = formAction({ access: editors, input: schema }, async () => state);
      export const openAction = formAction({ access: { anonymous: 'a token' } }, async () => state);
      export const unclearAction = formAction({ access: someAccess() }, async () => state);
      export const otherAction = somethingElse({ access: { roles: ['admin'] } });
      export async function handWrittenAction() { await requireActor(['admin']); }`,
    );
    expect(Object.fromEntries(checked.map((fn) => [fn.name, [fn.wrapper, fn.access]]))).toEqual({
      okAction: ['postAction', 'roles'],
      alsoOkAction: ['formAction', 'roles'],
      openAction: ['formAction', 'anonymous'],
      unclearAction: ['formAction', null],
      otherAction: ['somethingElse', null],
      handWrittenAction: [null, null],
    });
  });

  it('the wrapper checks the roles before it reads any argument', () => {
    const prepare = functionIn('lib/actions/safe-action.ts', 'prepare');
    const first = prepare.body!.statements[0]!;
    expect(calls(first, 'guard'), `prepare() starts with: ${first.getText()}`).toBe(true);
    expect(calls(functionIn('lib/actions/safe-action.ts', 'guard'), 'requireActor')).toBe(true);
    for (const wrapper of ACTION_WRAPPERS) {
      const made = functionIn('lib/actions/safe-action.ts', wrapper);
      // The function it returns: its first statement hands the arguments to prepare().
      const returned = made.body!.statements.find(ts.isReturnStatement)!.expression!;
      expect(ts.isArrowFunction(returned) && ts.isBlock(returned.body) && calls(returned.body.statements[0]!, 'prepare'), wrapper).toBe(true);
    }
  });

  it.each(actions.map((a) => [`${a.file}#${a.name}`, a] as const))('%s', (id, action) => {
    expect(action.wrapper && ACTION_WRAPPERS.has(action.wrapper), `${id} must be made with formAction or postAction; it is: ${action.firstStatement}`).toBe(true);
    expect(action.access, `${id}: the access must be { roles } or { anonymous } in the file itself`).not.toBeNull();
    if (PUBLIC_ACTIONS.has(id)) return;
    expect(action.access, `${id} is open to anonymous callers but not on the allow-list`).toBe('roles');
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
