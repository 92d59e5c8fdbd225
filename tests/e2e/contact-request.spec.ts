import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { expectNoAxeViolations } from './helpers/axe';
import { startServer, type StartedServer } from './helpers/server';

// "Be om å bli kontaktet" end to end, on a production server of its own whose mail goes to a
// real SMTP server in this process: a visitor without JavaScript asks to be contacted from a
// measure's next steps, the mail arrives with what they wrote, and the server's log holds
// none of it. axe checks the form and its error state.

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const DATA_DIR = `.data/e2e-contact-request-${process.env.E2E_PORT ?? 3100}`;
const TOKEN_MIN_AGE_MS = 3_000;
const stamp = Date.now().toString(36);
const NAME = `Kari Kontakt ${stamp}`;
const PHONE = '912 34 567';
const MESSAGE = `Jeg er nettopp ute av behandling og vil gjerne ha følge første gang (${stamp}).`;

let smtp: TestSmtpServer;
let server: StartedServer;

test.beforeAll(async () => {
  smtp = await startSmtpServer();
  rmSync(DATA_DIR, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: '',
    PGLITE_DATA_DIR: DATA_DIR,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.mailSettings.port),
    SMTP_FROM: 'Ettervern Bergen <no-reply@example.org>',
    SMTP_CA_FILE: path.resolve('tests/fixtures/smtp/cert.pem'),
  };
  const prepared = spawnSync('node_modules/.bin/tsx', ['scripts/prepare-db.ts'], { env, encoding: 'utf8' });
  expect(prepared.status, prepared.stderr).toBe(0);
  server = await startServer(['node_modules/.bin/tsx', 'server.ts', '-p', 'PORT', '-H', '127.0.0.1'], env);
});

test.afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
  for (const suffix of ['', '.auth-secret', '.contact-request-key']) rmSync(`${DATA_DIR}${suffix}`, { recursive: true, force: true });
});

async function waitForTokenAge(page: Page, loadedAt: number) {
  const left = loadedAt + TOKEN_MIN_AGE_MS + 500 - Date.now();
  if (left > 0) await page.waitForTimeout(left);
}

test('the form and its error state pass axe, and say what is wrong per field', async ({ page }) => {
  await page.goto(`${server.base}/tiltak/steg-for-steg/kontakt-meg`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Be om å bli kontaktet: Steg for steg');
  await expect(page.getByRole('heading', { name: 'Dette skjer med opplysningene' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Telefonnummer eller e-post').fill('ring meg');
  await page.getByLabel('Melding (valgfritt)').fill('x'.repeat(10));
  await page.getByRole('button', { name: 'Send forespørselen' }).click();
  const summary = page.getByRole('alert', { name: 'Det er 3 feil i skjemaet' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Navn eller kallenavn: Fyll ut dette feltet.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Telefonnummer eller e-post: Skriv et telefonnummer/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /^Jeg samtykker.*: Kryss av for at du samtykker/ })).toBeVisible();
  await expect(page.getByLabel('Telefonnummer eller e-post')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Telefonnummer eller e-post')).toHaveValue('ring meg');
  await expectNoAxeViolations(page);
});

test('without JavaScript: from the next steps to the form, errors first, then the mail arrives and the log holds none of it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    // Fritid med bistand: a phone to call, and requests taken.
    await page.goto(`${server.base}/tiltak/fritid-med-bistand`);
    const start = page.getByRole('region', { name: 'Slik kommer du i gang' });
    await expect(start.getByRole('heading', { name: 'Neste steg' })).toBeVisible();
    await expect(start.getByRole('link', { name: 'Ring 55 56 55 56' })).toHaveAttribute('href', 'tel:55565556');

    // Steg for steg has no email of its own: its requests go to Fritid med bistand.
    await page.goto(`${server.base}/tiltak/steg-for-steg`);
    await page.getByRole('region', { name: 'Slik kommer du i gang' }).getByRole('link', { name: 'Be om å bli kontaktet' }).click();
    await expect(page).toHaveURL(/\/tiltak\/steg-for-steg\/kontakt-meg$/);
    const loadedAt = Date.now();

    // Sent without consent: nothing stored, the fields keep what was typed.
    await page.getByLabel('Navn eller kallenavn').fill(NAME);
    await page.getByLabel('Telefonnummer eller e-post').fill(PHONE);
    await page.getByLabel('Når passer det best?').selectOption('evening');
    await page.getByLabel('Melding (valgfritt)').fill(MESSAGE);
    await page.getByRole('button', { name: 'Send forespørselen' }).click();
    await expect(page.getByRole('alert', { name: 'Det er én feil i skjemaet' })).toContainText('Kryss av for at du samtykker');
    await expect(page.getByLabel('Navn eller kallenavn')).toHaveValue(NAME);
    await expect(page.getByLabel('Melding (valgfritt)')).toHaveValue(MESSAGE);
    await expect(page.getByLabel('Når passer det best?')).toHaveValue('evening');
    expect(smtp.messages).toHaveLength(0);

    await page.getByLabel(/^Jeg samtykker/).check();
    await waitForTokenAge(page, loadedAt);
    await page.getByRole('button', { name: 'Send forespørselen' }).click();
    await expect(page).toHaveURL(/\/tiltak\/steg-for-steg\/kontakt-meg\?sendt=1$/);
    await expect(page.getByRole('status')).toContainText('Takk, forespørselen er sendt videre');
    await expect(page.getByRole('status')).toContainText('senest etter 14 dager');
    await expect(page.getByRole('complementary', { name: 'Trenger du hjelp nå?' })).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);

    // The job mails it (the queue polls every two seconds).
    await expect.poll(() => smtp.messages.length, { timeout: 30_000 }).toBe(1);
    const mail = smtp.messages[0]!;
    expect(mail.envelopeTo).toEqual(['fritid-med-bistand@example.org']);
    expect(mail.subject).toBe('Ønsker å bli kontaktet: Steg for steg');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(NAME);
      expect(part).toContain(PHONE);
      expect(part).toContain(MESSAGE);
      expect(part).toContain('Kveld');
    }

    // Nothing of it in the server's log, from the post to the delivery.
    const log = server.log();
    for (const secret of [NAME, stamp, PHONE, '91234567', 'nettopp ute av behandling']) expect(log).not.toContain(secret);
  } finally {
    await context.close();
  }
});

test('only measures that take requests have the form, in every language', async ({ request }) => {
  expect((await request.get(`${server.base}/en/measures/steg-for-steg/contact-me`)).status()).toBe(200);
  expect((await request.get(`${server.base}/nn/tiltak/steg-for-steg/kontakt-meg`)).status()).toBe(200);
  expect((await request.get(`${server.base}/tiltak/dagsverket/kontakt-meg`)).status()).toBe(404);
  expect((await request.get(`${server.base}/tiltak/finnes-ikke/kontakt-meg`)).status()).toBe(404);
});
