// No request can hang a worker: every server action's form, posted the way a browser without
// JavaScript sends it and with input that makes the action fail, gets an answer within a few
// seconds, and the server still answers the next request. The probes (page, role, failing
// input) are in tests/e2e/helpers/no-js-probes.ts; a form that binds its action inside a
// client render once made `next start` spin forever on such a post.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { cachedReadIds } from '../../lib/http/request-guard';
import { E2E_PASSWORD, E2E_USERS, signIn, useOwnClientAddress } from './helpers/admin';
import { NO_JS_PROBES, type NoJsProbe, type ProbeRole } from './helpers/no-js-probes';

// Signing in hashes passwords on a small, busy machine: allow for that, not for the answers.
const expect = baseExpect.configure({ timeout: 15_000 });
const ANSWER_WITHIN_MS = 5_000;
const TOKEN_MIN_AGE_MS = 3_500;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const distDir = process.env.NEXT_DIST_DIR || '.next';

/** Action ids by `<file>#<exported name>`, from the build's server reference manifest. */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, a]) => [`${a.filename}#${a.exportedName}`, id]));
}

const cachedReads = cachedReadIds(distDir);
// The cached reads ('use cache') are listed among the actions but are not forms: the server
// entry refuses every call of one (the test below), so they need no probe.
const ids = new Map([...actionIds()].filter(([, id]) => !cachedReads.has(id)));
const fixtures = { measure: '', user: '' };

async function signedInContext(browser: Browser, role: 'anonymous' | keyof typeof E2E_USERS, javaScriptEnabled: boolean): Promise<BrowserContext> {
  if (role === 'anonymous') return browser.newContext({ javaScriptEnabled });
  const setup = await browser.newContext();
  await signIn(await setup.newPage(), E2E_USERS[role]);
  const storageState = await setup.storageState();
  await setup.close();
  return browser.newContext({ javaScriptEnabled, storageState });
}

/** Sets the probe's failing values in the form, as a hand-edited form post would carry them. */
async function fillForm(page: Page, probe: NoJsProbe, selector: string) {
  const form = page.locator(selector).first();
  for (const [name, file] of Object.entries(probe.files ?? {})) {
    await form.locator(`input[name="${name}"]`).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) });
  }
  await form.evaluate(
    (element, { fields, unknownId }) => {
      const form = element as HTMLFormElement;
      // Past the browser's own checks (`required`), as a hand-made post is.
      form.noValidate = true;
      // A form folded away in <details> (deleting, say): opened as a click on its summary would.
      for (let details = form.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
      for (const [name, value] of Object.entries(fields)) {
        const inputs = form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`);
        if (inputs.length === 0) throw new Error(`The form has no field "${name}"`);
        for (const input of inputs) {
          if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value !== '';
          else if (input instanceof HTMLSelectElement && ![...input.options].some((o) => o.value === value)) input.add(new Option(value, value, true, true));
          else input.value = value;
        }
      }
      if (unknownId) {
        // The bound arguments travel in React's hidden fields as JSON: the first is the id.
        const bound = [...form.querySelectorAll<HTMLInputElement>('input[type="hidden"][name^="$ACTION_"]')].find((i) => /^\[".*"/.test(i.value));
        if (!bound) throw new Error('The form has no bound id');
        const args = JSON.parse(bound.value) as unknown[];
        args[0] = unknownId;
        bound.value = JSON.stringify(args);
      }
    },
    { fields: probe.fields ?? {}, unknownId: probe.unknownId ? randomUUID() : null },
  );
  return form;
}

async function probe(page: Page, key: string, spec: NoJsProbe, baseURL: string) {
  const id = ids.get(key);
  expect(id, `${key} is in the build`).toBeTruthy();
  const url = spec.path.replace('{measure}', fixtures.measure).replace('{user}', fixtures.user);
  let status: number;
  if (spec.hidden) {
    const response = await page.request.post(url, {
      multipart: { [`$ACTION_ID_${id}`]: '' },
      headers: { Origin: baseURL },
      maxRedirects: 0,
      timeout: ANSWER_WITHIN_MS,
    });
    status = response.status();
  } else {
    await page.goto(url);
    const selector = `form:has(input[name="$ACTION_ID_${id}"]), form:has(input[value*='"id":"${id}"'])`;
    await expect(page.locator(selector).first(), `${key}: its form on ${url}`).toBeAttached();
    const form = await fillForm(page, spec, selector);
    if (spec.signedOut) await page.context().clearCookies();
    const answered = page.waitForResponse((r) => r.request().method() === 'POST', { timeout: ANSWER_WITHIN_MS });
    // The page the answer leads to (after a redirect, too), so the next probe starts afresh.
    const loaded = page.waitForEvent('load', { timeout: 2 * ANSWER_WITHIN_MS });
    await form.locator('button[type="submit"]:not([name]), button:not([type]):not([name])').first().click({ noWaitAfter: true });
    status = (await answered).status();
    await loaded;
  }
  expect(status, `${key} (${spec.failure}): answered without a server error`).toBeLessThan(500);
  const home = await page.request.get('/', { timeout: ANSWER_WITHIN_MS });
  expect(home.status(), `after ${key}: the server still answers`).toBe(200);
}

test('a cached read cannot be called as a server action: 404, and nothing runs', async ({ request }) => {
  expect(cachedReads.size, 'the build has cached reads (lib/data)').toBeGreaterThan(0);
  for (const id of cachedReads) {
    for (const page of ['/', '/tiltak', '/tiltak/fritid-med-bistand', '/tilbydere']) {
      const response = await request.post(page, {
        headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: String(test.info().project.use.baseURL) },
        data: '["x"]',
        timeout: ANSWER_WITHIN_MS,
      });
      expect(response.status(), `${id} posted to ${page}`).toBe(404);
    }
  }
});

test('every server action in the build has a probe', () => {
  const missing = [...ids.keys()].filter((key) => !(key in NO_JS_PROBES));
  expect(missing, 'add a probe to tests/e2e/helpers/no-js-probes.ts').toEqual([]);
});

test('setup: a draft measure with history and a proposal, an open and a handled error report', async ({ browser }) => {
  const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const visitor = await (await browser.newContext()).newPage();
  await useOwnClientAddress(visitor);
  const reports = [`Uten skript åpen ${unique}`, `Uten skript behandlet ${unique}`];
  for (const message of reports) {
    await visitor.goto('/tiltak/tidlig-ute/meld-feil');
    await visitor.getByLabel('Beskriv feilen').fill(message);
    await visitor.waitForTimeout(TOKEN_MIN_AGE_MS);
    await visitor.getByRole('button', { name: 'Send melding' }).click();
    await expect(visitor.getByRole('heading', { name: 'Takk for meldingen' })).toBeVisible();
  }

  const editor = await (await signedInContext(browser, 'editor', true)).newPage();
  await editor.goto('/admin/meldinger');
  await editor.getByRole('article').filter({ hasText: reports[1] }).getByRole('button', { name: /^Merk som behandlet/ }).click();
  await expect(editor.getByRole('status')).toContainText('Meldingen er merket som behandlet.');

  await editor.goto('/admin/tiltak/ny');
  await editor.locator('#f-name').fill(`Uten skript ${unique}`);
  await editor.locator('#f-slug').fill(`uten-skript-${unique}`);
  await editor.locator('#f-summary').fill('Et utkast for skjemaprøvene.');
  await editor.locator('#f-providerId').selectOption({ label: 'ALF AS' });
  await editor.locator('#f-kind').selectOption('ACTIVITY');
  await editor.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(editor.getByText('Opprettet.')).toBeVisible();
  fixtures.measure = new URL(editor.url()).pathname.split('/').pop()!;
  // A second version, so the history has a version to restore.
  await editor.getByRole('button', { name: 'Bekreft at informasjonen stemmer' }).click();
  await expect(editor.getByRole('button', { name: 'Bekreft at informasjonen stemmer' })).toBeVisible();

  const provider = await (await signedInContext(browser, 'provider', true)).newPage();
  await provider.goto(`/admin/tiltak/${fixtures.measure}`);
  await provider.locator('#f-priceText').fill('Gratis for skjemaprøvene');
  await provider.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(provider.getByText('Takk! Endringen er sendt')).toBeVisible();
});

const ROLES: ProbeRole[] = ['anonymous', 'editor', 'noJsEditor', 'noJsTotpEditor', 'admin'];

for (const role of ROLES) {
  test(`${role}: every failing no-JS form post is answered within ${ANSWER_WITHIN_MS / 1000} s`, async ({ browser, baseURL }) => {
    const probes = Object.entries(NO_JS_PROBES)
      .filter(([, p]) => p.role === role)
      // Signing out ends the session the others need: last.
      .sort(([, a], [, b]) => Number(!!a.signedOut) - Number(!!b.signedOut));
    const context = await signedInContext(browser, role, false);
    const page = await context.newPage();
    await useOwnClientAddress(page);
    if (role === 'noJsEditor') await startTwoFactorSetup(page);
    if (role === 'admin') {
      await page.goto('/admin/brukere');
      const href = await page.getByRole('link', { name: E2E_USERS.noJsEditor.name, exact: true }).getAttribute('href');
      fixtures.user = href!.split('/').pop()!;
    }
    for (const [key, spec] of probes) await test.step(key, () => probe(page, key, spec, baseURL!));
    await context.close();
  });
}

/** The code form is on the account page only while a setup waits for its code. */
async function startTwoFactorSetup(page: Page) {
  await page.goto('/admin/konto');
  const form = page.locator('form:has(input[name="password"])');
  await form.locator('input[name="password"]').fill(E2E_PASSWORD);
  await form.locator('button').click();
  await expect(page.locator('input[name="code"]')).toBeAttached();
}
