// "Be om å bli kontaktet" on both databases: a request is stored sealed (the raw row holds
// none of it), delivered by the queue's job to a real SMTP server and then deleted; an
// undelivered one is deleted by the retention job on a test clock; bad fields, the honeypot
// and the rate limit store nothing; and nothing of a request reaches the log.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DELIVERY_ATTEMPTS, deliverContactRequest } from '@/lib/contact-requests/deliver';
import { keyFrom, unseal } from '@/lib/contact-requests/seal';
import { submitContactRequest, type SubmitInput } from '@/lib/contact-requests/submit';
import { countContactRequests, getContactableMeasure } from '@/lib/data/contact-requests';
import { startJobs, type JobRunner } from '@/lib/jobs/queue';
import { CONTACT_REQUEST_DELIVERY, contactRequestDeliveryJob, retentionJob, type DeliverySettings } from '@/lib/jobs/registry';
import type { RetentionPolicy } from '@/lib/jobs/retention';
import { issueFormToken } from '@/lib/public-forms/form-token';
import { clientKey } from '@/lib/public-forms/rate-limit';
import { getDashboard } from '@/lib/data/admin-dashboard';
import { listHistory } from '@/lib/data/history';
import { createMeasure, updateMeasure } from '@/lib/services/measures';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { asUpdate, createActors, measureInput } from './admin-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';

const SECRET = 'contact request test secret, at least 32 characters';
const KEY = keyFrom('contact request test key, at least 32 characters long');
const T0 = new Date('2027-02-01T09:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const at = (ms: number) => new Date(T0.getTime() + ms);

// Details no log, raw row or admin count may contain.
const NAME = 'Kari Kontaktsøk';
const PHONE = '912 34 567';
const MESSAGE = 'Jeg har vært rusfri i tre uker og vil gjerne begynne i turgruppa.';
const VALID = { name: NAME, contact: PHONE, when: 'evening', message: MESSAGE, consent: 'on' };

describe.each(databaseKinds)('contact requests on $kind', ({ create }) => {
  let db: TestDatabase;
  let smtp: TestSmtpServer;
  let runner: JobRunner;
  let clock = at(0);
  let mailOn = true;
  let measureId: string;
  let noEmailId: string;
  const policy: RetentionPolicy = { errorReportContactDays: 90, sessionAbsoluteSeconds: 12 * 3600, contactRequestDays: 14 };
  const settings = (): DeliverySettings => ({ key: KEY, mail: mailOn ? smtp.mailSettings : null, siteUrl: 'https://ettervern.example.org', retentionDays: 14 });
  const logged: string[] = [];

  const makeMeasure = async (slug: string, providerId: string, data: { contactEmail?: string; acceptsContactRequests?: boolean; status?: 'PUBLISHED' | 'DRAFT' } = {}) =>
    (
      await db.prisma.measure.create({
        data: { slug, name: `Tiltak ${slug}`, summary: 'Kort.', providerId, kind: 'ACTIVITY', categories: [], districts: [], targetGroups: [], status: 'PUBLISHED', acceptsContactRequests: true, ...data },
        select: { id: true },
      })
    ).id;

  /** A request whose form was shown ten seconds before `now`. */
  const submit = (overrides: Partial<SubmitInput> & { now?: Date; values?: Record<string, string> } = {}) => {
    const id = overrides.measureId ?? measureId;
    const now = overrides.now ?? at(10_000);
    const token = issueFormToken(SECRET, 'contact-request', id, new Date(now.getTime() - 10_000));
    return submitContactRequest(
      db.prisma,
      { measureId: id, clientAddress: overrides.clientAddress === undefined ? '10.1.0.1' : overrides.clientAddress, values: { ...VALID, website: '', token, ...overrides.values } },
      { secret: SECRET, key: KEY, now },
    );
  };
  const stored = async (result: Awaited<ReturnType<typeof submit>>) => {
    expect(result.status).toBe('stored');
    return (result as { id: string }).id;
  };
  const rawRow = async (id: string) => (await db.sql.query<Record<string, unknown>>('SELECT * FROM contact_request WHERE id = $1', [id]))[0];
  const deliver = async (id: string) => {
    await runner.send(CONTACT_REQUEST_DELIVERY, { id });
    await runner.drain();
  };

  beforeAll(async () => {
    db = await create();
    smtp = await startSmtpServer();
    const provider = await db.prisma.provider.create({ data: { slug: 'base', name: 'Base', type: 'PRIVATE' } });
    // The way-in helper, whose address takes requests for measures without one.
    await makeMeasure('fritid-med-bistand', provider.id, { contactEmail: 'fmb@example.org', acceptsContactRequests: false });
    measureId = await makeMeasure('turgruppe', provider.id, { contactEmail: 'turgruppe@example.org' });
    noEmailId = await makeMeasure('folgetjeneste', provider.id);
    await makeMeasure('stengt', provider.id, { acceptsContactRequests: false });
    await makeMeasure('utkast', provider.id, { status: 'DRAFT' });
    runner = await startJobs(db, [contactRequestDeliveryJob(settings), retentionJob(() => policy)], { clock: () => clock, pollingIntervalSeconds: 60, schedule: false });
  }, 60_000);
  afterAll(async () => {
    await runner?.stop();
    await smtp?.stop();
    await db?.close();
  });

  beforeEach(() => {
    logged.length = 0;
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // Whatever happened, the log never holds the request's details.
    for (const secret of [NAME, PHONE, MESSAGE, 'rusfri']) expect(logged.join('\n')).not.toContain(secret);
    clock = at(0);
    mailOn = true;
  });

  it('offers the form only on published measures that take requests and have someone to receive them', async () => {
    expect(await getContactableMeasure('turgruppe', db.prisma)).toMatchObject({ id: measureId, slug: 'turgruppe' });
    expect(await getContactableMeasure('folgetjeneste', db.prisma)).toMatchObject({ id: noEmailId });
    for (const slug of ['stengt', 'utkast', 'finnes-ikke', 'Not A Slug']) expect(await getContactableMeasure(slug, db.prisma)).toBeNull();
    const stengt = await db.prisma.measure.findUniqueOrThrow({ where: { slug: 'stengt' } });
    expect(await submit({ measureId: stengt.id })).toEqual({ status: 'notFound' });
    expect(await submit({ measureId: 'not-a-uuid' })).toEqual({ status: 'notFound' });
  });

  it('stores a valid request sealed: the raw row holds none of the details', async () => {
    const id = await stored(await submit({ clientAddress: '10.1.1.1' }));
    const row = await rawRow(id);
    expect(row).toMatchObject({ measure_id: measureId, status: 'WAITING', attempts: 0 });
    const raw = JSON.stringify(row);
    for (const secret of [NAME, 'Kari', PHONE, '91234567', MESSAGE, 'rusfri', 'evening']) expect(raw).not.toContain(secret);
    // It opens with the key and this id only.
    expect(unseal(KEY, id, row!.sealed as string)).toEqual({ name: NAME, contact: PHONE, when: 'evening', message: MESSAGE });
    expect(unseal(keyFrom('another key, also at least 32 characters long'), id, row!.sealed as string)).toBeNull();
    expect(unseal(KEY, measureId, row!.sealed as string)).toBeNull();
  });

  it('delivers it by the job to the measure\'s email, then deletes the details', async () => {
    const id = await stored(await submit({ clientAddress: '10.1.2.1' }));
    const before = smtp.messages.length;
    clock = at(60_000);
    await deliver(id);
    expect(smtp.messages.length).toBe(before + 1);
    const mail = smtp.messages.at(-1)!;
    expect(mail.envelopeTo).toEqual(['turgruppe@example.org']);
    expect(mail.subject).toBe('Ønsker å bli kontaktet: Tiltak turgruppe');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain(NAME);
      expect(part).toContain(PHONE);
      expect(part).toContain(MESSAGE);
      expect(part).toContain('Kveld');
    }
    expect(mail.headers['content-language']).toBe('nb');
    const row = await rawRow(id);
    expect(row).toMatchObject({ status: 'DELIVERED', sealed: null, attempts: 1 });
    expect(new Date(row!.settled_at as string).getTime()).toBe(at(60_000).getTime());
    // A second run (another instance, a retry) sends nothing more.
    await deliver(id);
    expect(smtp.messages.length).toBe(before + 1);
  });

  it('sends it to Fritid med bistand when the measure has no email, replying to an email the visitor gave', async () => {
    const id = await stored(await submit({ measureId: noEmailId, clientAddress: '10.1.3.1', values: { contact: 'kari@example.net', message: '' } }));
    await deliver(id);
    const mail = smtp.messages.at(-1)!;
    expect(mail.envelopeTo).toEqual(['fmb@example.org']);
    expect(mail.text).toContain('Fritid med bistand');
    expect(mail.text).toContain('Melding: (ingen)');
    expect(mail.headers['reply-to']).toBe('kari@example.net');
    expect(await rawRow(id)).toMatchObject({ status: 'DELIVERED', sealed: null });
  });

  it('without a mail server, only logs that a request waits (by id), and the retention job deletes it after 14 days', async () => {
    mailOn = false;
    const id = await stored(await submit({ clientAddress: '10.1.4.1' }));
    await deliver(id);
    expect(logged.join('\n')).toContain(`Request ${id} waits`);
    expect(await rawRow(id)).toMatchObject({ status: 'WAITING', attempts: 0 });
    expect((await rawRow(id))!.sealed).not.toBeNull();

    // A day short of the retention: still there.
    clock = at(13 * DAY_MS);
    await runner.send('retention', {});
    await runner.drain();
    expect(await rawRow(id)).toMatchObject({ status: 'WAITING' });
    // Past it: the details are gone, a receipt stays for the counts.
    clock = at(14 * DAY_MS + 60_000);
    await runner.send('retention', {});
    await runner.drain();
    expect(await rawRow(id)).toMatchObject({ status: 'EXPIRED', sealed: null });
    expect(JSON.stringify(await rawRow(id))).not.toContain(NAME);
    // The receipt goes too, a month after.
    clock = at(14 * DAY_MS + 32 * DAY_MS);
    await runner.send('retention', {});
    await runner.drain();
    expect(await rawRow(id)).toBeUndefined();
  });

  it('tries a mail server that refuses it again, and gives up after the last attempt, deleting the details', async () => {
    const id = await stored(await submit({ clientAddress: '10.1.5.1' }));
    // Nothing listens on port 9 of this host: each attempt fails at once.
    const down = { ...settings(), mail: { ...smtp.mailSettings, port: 9 } };
    for (let attempt = 1; attempt < DELIVERY_ATTEMPTS; attempt++) {
      expect(await deliverContactRequest(db.prisma, id, { ...down, now: at(attempt * 60_000) })).toBe('retry');
    }
    expect(await rawRow(id)).toMatchObject({ status: 'WAITING', attempts: DELIVERY_ATTEMPTS - 1 });
    expect(await deliverContactRequest(db.prisma, id, { ...down, now: at(DAY_MS) })).toBe('failed');
    expect(await rawRow(id)).toMatchObject({ status: 'FAILED', sealed: null, attempts: DELIVERY_ATTEMPTS });
    expect(logged.join('\n')).toContain(`contact request ${id}`);
    expect(logged.join('\n')).not.toContain('turgruppe@example.org');
  });

  it('gives each bad field its own message and stores nothing', async () => {
    const count = await db.prisma.contactRequest.count();
    const result = await submit({ clientAddress: '10.1.6.1', values: { name: '  ', contact: 'ring meg', when: 'midnight', message: 'x'.repeat(501), consent: '' } });
    expect(result).toEqual({
      status: 'invalid',
      fieldErrors: { name: ['required'], contact: ['contact'], when: ['invalid'], message: ['tooLong'], consent: ['consent'] },
    });
    expect(await submit({ clientAddress: '10.1.6.1', values: { contact: '', consent: 'yes' } })).toEqual({
      status: 'invalid',
      fieldErrors: { contact: ['required'], consent: ['consent'] },
    });
    expect(await submit({ clientAddress: '10.1.6.1', values: { name: 'n'.repeat(101), contact: '123' } })).toEqual({
      status: 'invalid',
      fieldErrors: { name: ['tooLong'], contact: ['contact'] },
    });
    expect(await db.prisma.contactRequest.count()).toBe(count);
    // Invalid ones count against no limit either.
    expect(await db.prisma.rateLimit.findUnique({ where: { key: clientKey(SECRET, 'contact-request', '10.1.6.1') } })).toBeNull();
  });

  it('takes a filled-in honeypot or an instant post for a bot: thanked, nothing stored', async () => {
    const count = await db.prisma.contactRequest.count();
    expect(await submit({ clientAddress: '10.1.7.1', values: { website: 'https://spam.example' } })).toEqual({ status: 'discarded', slug: 'turgruppe' });
    const now = at(10_000);
    const instant = issueFormToken(SECRET, 'contact-request', measureId, now);
    expect(await submit({ clientAddress: '10.1.7.1', now, values: { token: instant } })).toEqual({ status: 'discarded', slug: 'turgruppe' });
    // A Meld feil token does not open this form.
    const other = issueFormToken(SECRET, 'error-report', measureId, at(0));
    expect(await submit({ clientAddress: '10.1.7.1', values: { token: other } })).toEqual({ status: 'expired' });
    expect(await db.prisma.contactRequest.count()).toBe(count);
  });

  it('allows three requests per client in ten minutes, and the refused one stores nothing', async () => {
    const client = '10.1.8.1';
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await submit({ clientAddress: client, now: at(3 * DAY_MS + i) })).status);
    expect(statuses).toEqual(['stored', 'stored', 'stored']);
    const count = await db.prisma.contactRequest.count();
    expect(await submit({ clientAddress: client, now: at(3 * DAY_MS + 60_000) })).toEqual({ status: 'rateLimited', minutes: 9 });
    expect(await db.prisma.contactRequest.count()).toBe(count);
    expect((await submit({ clientAddress: '10.1.8.2', now: at(3 * DAY_MS + 60_000) })).status).toBe('stored');
  });

  it('counts requests for the dashboard without reading them', async () => {
    const base = 200 * DAY_MS;
    const receipt = (status: 'DELIVERED' | 'FAILED' | 'EXPIRED', settledDaysAgo: number) =>
      db.prisma.contactRequest.create({
        data: { id: crypto.randomUUID(), measureId, status, createdAt: at(base - (settledDaysAgo + 1) * DAY_MS), settledAt: at(base - settledDaysAgo * DAY_MS) },
      });
    await Promise.all([receipt('DELIVERED', 1), receipt('DELIVERED', 29), receipt('DELIVERED', 31), receipt('FAILED', 2), receipt('EXPIRED', 3)]);
    const waiting = await db.prisma.contactRequest.count({ where: { status: 'WAITING' } });
    expect(waiting).toBeGreaterThan(0);
    expect(await countContactRequests(db.prisma, at(base))).toEqual({ waiting, delivered: 2, failed: 1, expired: 1 });
  });

  it('lets editors turn requests on in the measure form, audited; the dashboard shows counts only, and providers none', async () => {
    const provider = await db.prisma.provider.create({ data: { slug: 'redigert', name: 'Redigert', type: 'PRIVATE' } });
    const actors = await createActors(db.prisma, provider.id);
    const input = measureInput(provider.id);
    const created = await createMeasure(db.prisma, actors.editor, input);
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await db.prisma.measure.findUniqueOrThrow({ where: { id: created.value.id }, select: { acceptsContactRequests: true } })).toEqual({ acceptsContactRequests: false });
    const updated = await updateMeasure(db.prisma, actors.editor, created.value.id, asUpdate(input, created.value.slug, 1, { acceptsContactRequests: 'on' }));
    expect(updated.ok).toBe(true);
    const [entry] = await listHistory('measure', created.value.id, db.prisma);
    expect(entry!.changes).toEqual([{ field: 'acceptsContactRequests', before: false, after: true }]);

    const dashboard = await getDashboard(actors.editor, db.prisma, at(DAY_MS));
    expect(dashboard.contactRequests).toEqual(await countContactRequests(db.prisma, at(DAY_MS)));
    expect(JSON.stringify(dashboard)).not.toContain(NAME);
    expect((await getDashboard(actors.provider, db.prisma, at(DAY_MS))).contactRequests).toBeNull();
  });
});
