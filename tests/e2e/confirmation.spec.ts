import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import pg from 'pg';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { expectNoAxeViolations } from './helpers/axe';
import { E2E_PASSWORD, E2E_USERS, signIn } from './helpers/admin';
import { freePort, startServer, type StartedServer } from './helpers/server';

// Issue 11, "Done when": providers confirm or correct their listings from an email. A second
// production server on a fresh PostgreSQL database, sending mail to a real SMTP server in
// this process; the confirmation jobs run in a child process on a test clock against the same
// database (tests/e2e/helpers/confirmation-jobs.ts), as the queue would run them.

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const run = randomBytes(5).toString('hex');
const DATABASE = `ettervern_e2e_confirm_${run}`;
const execFileAsync = promisify(execFile);
const DAY = 24 * 60 * 60 * 1000;
const osloDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(d);

let server: StartedServer;
let smtp: TestSmtpServer;
let databaseUrl = '';
let env: NodeJS.ProcessEnv = process.env;
let p: { id: string; name: string; measures: { id: string; slug: string; name: string }[] };
let q: { id: string; name: string; measures: { id: string; slug: string; name: string }[] };

async function sql(text: string, params: unknown[] = [], url = databaseUrl) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Asynchronously: the SMTP server in this process must keep answering meanwhile. */
async function runJobs(clock: Date) {
  const { stdout } = await execFileAsync('node_modules/.bin/tsx', ['tests/e2e/helpers/confirmation-jobs.ts'], { env: { ...env, CLOCK: clock.toISOString() }, encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { requests: number; reminders: number; unanswered: number; mails: string[] };
}

const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)?.[0] ?? '';

test.beforeAll(async () => {
  smtp = await startSmtpServer('Ettervern Bergen <no-reply@ettervern.example>');
  await sql(`CREATE DATABASE ${DATABASE}`, [], TEST_DATABASE_URL);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  databaseUrl = url.toString();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: `e2e confirmation secret ${run} 0123456789`,
    // Production on PostgreSQL refuses to start without the contact requests' key.
    CONTACT_REQUEST_KEY: `e2e confirmation contact key ${run} 0123456789abcdef`,
    SITE_URL: base,
    AUTH_TRUSTED_PROXIES: '127.0.0.1',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.mailSettings.port),
    SMTP_CA_FILE: 'tests/fixtures/smtp/cert.pem',
    SMTP_FROM: 'Ettervern Bergen <no-reply@ettervern.example>',
  };
  delete env.REDIS_URL;
  for (const args of [
    ['scripts/prepare-db.ts'],
    ['scripts/admin-create.ts', '--email', E2E_USERS.editor.email, '--name', E2E_USERS.editor.name, '--role', 'editor'],
  ]) {
    const done = spawnSync('node_modules/.bin/tsx', args, { env: { ...env, ADMIN_PASSWORD: E2E_PASSWORD }, encoding: 'utf8' });
    expect(done.status, `${args[0]}: ${done.stdout}${done.stderr}`).toBe(0);
  }
  // Two providers with published measures: P answers, Q never does.
  const providers = await sql(`
    SELECT p.id, p.name, json_agg(json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) ORDER BY m.name) AS measures
    FROM provider p JOIN measure m ON m.provider_id = p.id AND m.status = 'PUBLISHED'
    GROUP BY p.id, p.name HAVING count(*) >= 2 ORDER BY p.name LIMIT 2`);
  [p, q] = providers as [typeof p, typeof q];
  await sql(`UPDATE provider SET updates_email = NULL`);
  await sql(`UPDATE measure SET last_verified_at = NULL, updates_email = NULL`);
  await sql(`UPDATE provider SET updates_email = 'post@q.example', updates_language = 'nn' WHERE id = $1`, [q.id]);
  // Only P's first two measures fall due; the rest of P's were confirmed today.
  await sql(`UPDATE measure SET last_verified_at = current_date WHERE provider_id = $1 AND NOT (id = ANY($2::uuid[]))`, [p.id, p.measures.slice(0, 2).map((m) => m.id)]);
  server = await startServer(['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1'], env, port);
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
  if (databaseUrl) await sql(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`, [], TEST_DATABASE_URL);
});

async function editorPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.base });
  const page = await context.newPage();
  await signIn(page, E2E_USERS.editor);
  return page;
}

test('a due measure produces one email; "Endre" and "Alt stemmer" answer it; the link then changes nothing', async ({ browser }) => {
  // Q was asked 52 days ago and reminded 31 days ago: even the reminder's link has expired.
  expect(await runJobs(new Date(Date.now() - 52 * DAY))).toMatchObject({ requests: 1, mails: ['sent'] });
  expect(await runJobs(new Date(Date.now() - 31 * DAY))).toMatchObject({ requests: 0, reminders: 1, mails: ['sent'] });
  expect(smtp.messages.map((m) => m.envelopeTo[0])).toEqual(['post@q.example', 'post@q.example']);

  await sql(`UPDATE provider SET updates_email = 'kontakt@p.example', updates_language = 'nb' WHERE id = $1`, [p.id]);
  expect(await runJobs(new Date())).toMatchObject({ requests: 1, reminders: 0, mails: ['sent'] });
  expect(smtp.messages).toHaveLength(3);
  const mail = smtp.messages[2]!;
  expect(mail.envelopeTo).toEqual(['kontakt@p.example']);
  expect(mail.subject).toBe(`Stemmer opplysningene om ${p.name} i Ettervern Bergen?`);
  expect(mail.headers.from).toContain('Ettervern Bergen');
  const [m1, m2] = p.measures as [typeof p.measures[number], typeof p.measures[number]];
  for (const m of [m1, m2]) {
    expect(mail.text).toContain(m.name);
    expect(mail.html).toContain('<li>');
  }
  expect(mail.text).not.toContain(p.measures[2]?.name ?? '\u0000');
  const link = linkIn(mail.text);
  expect(link.startsWith(`${server.base}/bekreft/`)).toBe(true);
  // Running the jobs again asks nobody twice.
  expect(await runJobs(new Date())).toMatchObject({ requests: 0, reminders: 0 });
  expect(smtp.messages).toHaveLength(3);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Stemmer opplysningene?' })).toBeVisible();
  await expect(page.getByLabel(m1.name)).toBeChecked();
  await expect(page.getByLabel(m2.name)).toBeChecked();
  await expectNoAxeViolations(page);

  // "Endre" for the second measure: a form with its facts, the missing ones marked.
  await page.getByRole('link', { name: `Endre ${m2.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Endre ${m2.name}` })).toBeVisible();
  await expect(page.getByText('Mangler – fyll inn hvis du vet det').first()).toBeVisible();
  await expectNoAxeViolations(page);
  const summary = `Oppdatert av tilbyderen ${run}`;
  await page.getByLabel('Kort beskrivelse').fill(summary);
  await page.getByLabel('Laveste alder').fill('18');
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.getByText('Takk! Forslaget er sendt')).toBeVisible();
  const [change] = await sql(`SELECT id, base_version, proposed_by_id FROM change_request WHERE measure_id = $1`, [m2.id]);
  expect(change).toMatchObject({ proposed_by_id: null });

  // Two tabs on the link: the first answers "Alt stemmer", the second's answer is too late.
  const late = await context.newPage();
  await late.goto(link);
  await expect(late.getByLabel(m1.name)).toBeChecked();
  await expect(late.getByLabel(m2.name)).toHaveCount(0);
  await page.goto(link);
  await page.getByRole('button', { name: 'Alt stemmer' }).click();
  await expect(page.getByText('Takk! Opplysningene er bekreftet')).toBeVisible();
  await late.getByRole('button', { name: 'Alt stemmer' }).click();
  await expect(late.getByRole('heading', { level: 1, name: 'Lenken er allerede brukt' })).toBeVisible();
  await late.goto(link);
  await expect(late.getByRole('heading', { level: 1, name: 'Lenken er allerede brukt' })).toBeVisible();
  const verified = await sql(`SELECT user_id, user_email FROM audit_entry WHERE entity_type = 'measure' AND entity_id = $1 AND action = 'verify'`, [m1.id]);
  expect(verified).toEqual([{ user_id: null, user_email: 'kontakt@p.example' }]);

  // "Sist bekreftet" on the public page is today.
  await page.goto(`${server.base}/tiltak/${m1.slug}`);
  await expect(page.locator(`time[datetime="${osloDay(new Date())}"]`)).toBeVisible();
  await context.close();

  // An editor approves the proposal: it is on the public page.
  const editor = await editorPage(browser);
  await editor.goto('/admin/endringer');
  await editor.getByRole('button', { name: 'Godkjenn og publiser' }).first().click();
  await expect.poll(async () => (await fetch(`${server.base}/tiltak/${m2.slug}`).then((r) => r.text())).includes(summary), { timeout: 20_000 }).toBe(true);
  // The measure's history shows the request and the answer.
  await editor.goto(`/admin/tiltak/${m2.id}/historikk`);
  await expect(editor.getByText(/Svar .+: forslag til endring\./)).toBeVisible();
  await expect(editor.getByText(/Sendt automatisk til kontakt@p\.example/)).toBeVisible();
  await editor.context().close();
});

test('an expired link changes nothing', async ({ page }) => {
  // The first mail's link was replaced by the reminder's; the reminder's has expired.
  await page.goto(linkIn(smtp.messages[0]!.text));
  await expect(page.getByRole('heading', { level: 1, name: 'Lenka verkar ikkje' })).toBeVisible();
  const link = linkIn(smtp.messages[1]!.text);
  expect(smtp.messages[1]!.subject).toMatch(/^Påminning:/);
  expect(link).toContain('/nn/stadfest/');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Lenka har gått ut' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Alt stemmer' })).toHaveCount(0);
  const rows = await sql(`SELECT last_verified_at FROM measure WHERE provider_id = $1`, [q.id]);
  expect(rows.every((r) => r.last_verified_at === null)).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
});

test('an unanswered measure says "Ikke bekreftet siden …" on its public page after two months (test clock)', async ({ page, browser }) => {
  const measure = q.measures[0]!;
  // A forged link: a clear page, nothing changed.
  await page.goto(`${server.base}/bekreft/${'A'.repeat(86)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lenken virker ikke' })).toBeVisible();

  // Before the time is up: no such note (on another of Q's measures, so the one checked below
  // is not in the page cache yet).
  await page.goto(`${server.base}/tiltak/${q.measures[1]!.slug}`);
  await expect(page.getByText(/Ikke bekreftet siden/)).toHaveCount(0);
  // Q fell due 52 days ago; 30 days on, two months have passed.
  expect((await runJobs(new Date(Date.now() + 30 * DAY))).unanswered).toBeGreaterThanOrEqual(1);
  await expect
    .poll(async () => (await fetch(`${server.base}/tiltak/${measure.slug}`).then((r) => r.text())).match(/Ikke bekreftet siden \d{1,2}\. \p{L}+ \d{4}/u) !== null, { timeout: 20_000 })
    .toBe(true);

  // The dashboard lists it as "Ubesvart".
  const editor = await editorPage(browser);
  await editor.goto('/admin');
  await expect(editor.getByRole('region', { name: /^Ubesvart/ }).getByRole('link', { name: measure.name })).toBeVisible();
  await editor.context().close();
});
