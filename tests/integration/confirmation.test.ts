// Confirmation requests end to end below the web layer, on both databases: the daily scan on
// a test clock, one mail per contact to a real SMTP server, the signed single-use link, the
// answers ("Alt stemmer", "Endre") with their audit entries, reminders and "Ubesvart".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, osloDate } from '@/lib/domain/oslo-date';
import { getUnansweredSince } from '@/lib/data/confirmation';
import { MAIL_JOB, runConfirmationMail, runConfirmationScan, SCAN_JOB, type MailJobData } from '@/lib/jobs/confirmation';
import { startJobs, type JobDefinition, type JobRunner } from '@/lib/jobs/queue';
import { approveChangeRequest } from '@/lib/services/change-requests';
import { confirmFromLink, openLink, proposeFromLink } from '@/lib/services/confirmation';
import { requestConfirmationByEditor } from '@/lib/services/confirmation-requests';
import { createMeasure, updateMeasure, verifyMeasure } from '@/lib/services/measures';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp';
import { asUpdate, createActors, measureInput } from './admin-fixtures';

const SECRET = 'confirmation-test-secret-0123456789abcdef';
const T0 = new Date('2027-03-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

const linkOf = (text: string) => /https?:\/\/\S+/.exec(text)?.[0] ?? '';
const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;

describe.each(databaseKinds)('confirmation requests on $kind', ({ create }) => {
  let db: TestDatabase;
  let smtp: TestSmtpServer;
  let runner: JobRunner;
  let clock = T0;
  let actors: Awaited<ReturnType<typeof createActors>>;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  async function measure(key: string, providerId: string, data: { lastVerifiedAt?: string | null; status?: 'PUBLISHED' | 'DRAFT'; updatesEmail?: string } = {}) {
    const r = await createMeasure(db.prisma, actors.editor, measureInput(providerId, { name: `Tiltak ${key}`, slug: `tiltak-${key}` }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    await db.prisma.measure.update({
      where: { id: r.value.id },
      data: {
        status: data.status ?? 'PUBLISHED',
        lastVerifiedAt: data.lastVerifiedAt ? new Date(`${data.lastVerifiedAt}T00:00:00Z`) : null,
        updatesEmail: data.updatesEmail ?? null,
      },
    });
    ids[key] = r.value.id;
  }

  const scanAndSend = async (now: Date) => {
    clock = now;
    await runner.send(SCAN_JOB, {});
    await runner.drain();
    await runner.drain();
  };

  beforeAll(async () => {
    db = await create();
    smtp = await startSmtpServer();
    const a = await db.prisma.provider.create({ data: { slug: 'a', name: 'Tilbyder A', type: 'NON_PROFIT', updatesEmail: 'kontakt@a.example', updatesLanguage: 'nn' } });
    const b = await db.prisma.provider.create({ data: { slug: 'b', name: 'Tilbyder B', type: 'NON_PROFIT' } });
    const c = await db.prisma.provider.create({ data: { slug: 'c', name: 'Tilbyder C', type: 'PRIVATE', updatesEmail: 'post@c.example', updatesLanguage: 'en' } });
    ids.providerA = a.id;
    actors = await createActors(db.prisma, a.id);
    await measure('never', a.id);
    await measure('old', a.id, { lastVerifiedAt: osloDate(new Date(T0.getTime() - 200 * DAY)) });
    await measure('fresh', a.id, { lastVerifiedAt: osloDate(new Date(T0.getTime() - 30 * DAY)) });
    await measure('own', a.id, { updatesEmail: 'leder@a.example' });
    await measure('draft', a.id, { status: 'DRAFT' });
    await measure('nocontact', b.id);
    await measure('c1', c.id);
    const jobs = [
      { name: SCAN_JOB, retryLimit: 0, run: (_d: object, { prisma, now, send }) => runConfirmationScan(prisma, now, send).then(() => undefined) },
      {
        name: MAIL_JOB, policy: 'short', retryLimit: 0,
        run: (d: MailJobData, { prisma, now }) => runConfirmationMail(prisma, now, d, { secret: SECRET, mail: smtp.mailSettings, siteUrl: 'https://ettervern.example' }).then(() => undefined),
      },
    ] as JobDefinition<never>[];
    runner = await startJobs(db, jobs, { clock: () => clock, pollingIntervalSeconds: 60, schedule: false });
  }, 60_000);

  afterAll(async () => {
    await runner?.stop();
    await smtp?.stop();
    await db?.close();
  });

  it('sends one mail per contact, listing all its due published measures, in the provider language', async () => {
    await scanAndSend(T0);
    const byTo = Object.fromEntries(smtp.messages.map((m) => [m.envelopeTo.join(','), m]));
    expect(Object.keys(byTo).sort()).toEqual(['kontakt@a.example', 'leder@a.example', 'post@c.example']);
    const a = byTo['kontakt@a.example']!;
    expect(a.text).toContain('Tiltak never');
    expect(a.text).toContain('Tiltak old');
    expect(a.text).not.toContain('Tiltak fresh');
    expect(a.text).not.toContain('Tiltak draft');
    expect(a.subject).toContain('Stemmer opplysningane om Tilbyder A');
    expect(a.headers['content-language']).toBe('nn');
    expect(a.html).toContain('<a href="https://ettervern.example/nn/stadfest/');
    expect(linkOf(a.text)).toMatch(/^https:\/\/ettervern\.example\/nn\/stadfest\/[A-Za-z0-9_-]{86}$/);
    expect(byTo['post@c.example']!.subject).toMatch(/^Is the information about Tilbyder C/);
    expect(linkOf(byTo['post@c.example']!.text)).toContain('/en/confirm/');
    tokens.a = tokenOf(linkOf(a.text));
    tokens.own = tokenOf(linkOf(byTo['leder@a.example']!.text));
    tokens.c = tokenOf(linkOf(byTo['post@c.example']!.text));
    // Only the hash is stored.
    const stored = await db.prisma.confirmationRequest.findMany({ select: { tokenHash: true } });
    expect(stored.map((r) => r.tokenHash)).not.toContain(tokens.a);
  });

  it('does not ask again in the same round', async () => {
    await scanAndSend(at(1));
    expect(smtp.messages).toHaveLength(3);
  });

  it('refuses forged, tampered and unknown links, and other providers\' measures, changing nothing', async () => {
    const t = tokens.a!;
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(await openLink(db.prisma, SECRET, flip(t, 5), at(1))).toEqual({ ok: false, problem: 'invalid' });
    expect(await openLink(db.prisma, SECRET, flip(t, 80), at(1))).toEqual({ ok: false, problem: 'invalid' });
    expect(await openLink(db.prisma, 'another-secret-another-secret-another', t, at(1))).toEqual({ ok: false, problem: 'invalid' });
    expect(await openLink(db.prisma, SECRET, 'nonsense', at(1))).toEqual({ ok: false, problem: 'invalid' });
    const open = await openLink(db.prisma, SECRET, t, at(1));
    expect(open.ok && open.measures.map((m) => m.name)).toEqual(['Tiltak never', 'Tiltak old']);
    expect(await confirmFromLink(db.prisma, SECRET, t, [ids.c1!], at(1))).toEqual({ ok: false, problem: 'invalid' });
    expect(await confirmFromLink(db.prisma, SECRET, t, [ids.never!, ids.own!], at(1))).toEqual({ ok: false, problem: 'invalid' });
    const untouched = await db.prisma.measure.findMany({ where: { id: { in: [ids.c1!, ids.never!, ids.own!] } }, select: { lastVerifiedAt: true } });
    expect(untouched.every((m) => m.lastVerifiedAt === null)).toBe(true);
  });

  it('"Endre" files a change request naming the contact; approving it cannot overwrite a newer editor change', async () => {
    const before = await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.old! } });
    const result = await proposeFromLink(db.prisma, SECRET, tokens.a, ids.old!, { version: String(before.version), summary: 'Ny tekst fra tilbyderen', ageMin: '18', ageMax: '30', gender: 'ALL' }, at(2));
    expect(result).toEqual({ ok: true, value: { remaining: 1 } });
    const change = await db.prisma.changeRequest.findFirstOrThrow({ where: { measureId: ids.old! } });
    expect(change.baseVersion).toBe(before.version);
    expect(change.proposedById).toBeNull();
    expect((change.data as { ageMin: number }).ageMin).toBe(18);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'change_request', entityId: change.id } });
    expect(audit).toMatchObject({ action: 'propose', userId: null, userEmail: 'kontakt@a.example' });
    // The same measure cannot be answered twice.
    expect(await proposeFromLink(db.prisma, SECRET, tokens.a, ids.old!, { version: String(before.version), summary: 'Igjen' }, at(2))).toEqual({ ok: false, problem: 'invalid' });
    // Bad facts come back as field errors, nothing filed.
    const bad = await proposeFromLink(db.prisma, SECRET, tokens.a, ids.never!, { version: '1', summary: 'x', ageMin: '40', ageMax: '20' }, at(2));
    expect(bad).toMatchObject({ ok: false, problem: 'fields', fieldErrors: { ageMax: ['ageOrder'] } });

    // An editor changes the measure meanwhile: approving the older proposal is a conflict.
    const record = await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.old! } });
    const edited = await updateMeasure(db.prisma, actors.editor, ids.old!, asUpdate(measureInput(ids.providerA!, { name: 'Tiltak old', summary: 'Redaktørens tekst' }), record.slug, record.version));
    expect(edited.ok).toBe(true);
    const approval = await approveChangeRequest(db.prisma, actors.editor2, change.id);
    expect(approval).toMatchObject({ ok: false, error: 'conflict' });
    expect((await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.old! } })).summary).toBe('Redaktørens tekst');
  });

  it('"Alt stemmer" confirms the ticked measures today, audited as the contact; the link is then used up', async () => {
    const result = await confirmFromLink(db.prisma, SECRET, tokens.a, [ids.never!], at(3));
    expect(result.ok).toBe(true);
    const m = await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.never! } });
    expect(m.lastVerifiedAt?.toISOString().slice(0, 10)).toBe(osloDate(at(3)));
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'measure', entityId: ids.never!, action: 'verify' } });
    expect(audit).toMatchObject({ userId: null, userEmail: 'kontakt@a.example', changes: [{ field: 'lastVerifiedAt', before: null, after: osloDate(at(3)) }] });
    expect(await confirmFromLink(db.prisma, SECRET, tokens.a, [ids.never!], at(3))).toEqual({ ok: false, problem: 'used' });
    expect(await openLink(db.prisma, SECRET, tokens.a, at(3))).toEqual({ ok: false, problem: 'used' });
  });

  it('an expired link changes nothing', async () => {
    expect(await confirmFromLink(db.prisma, SECRET, tokens.c, [ids.c1!], at(31))).toEqual({ ok: false, problem: 'expired' });
    expect((await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.c1! } })).lastVerifiedAt).toBeNull();
  });

  it('reminds after three weeks with a new link that replaces the first', async () => {
    await scanAndSend(at(20));
    expect(smtp.messages).toHaveLength(3);
    await scanAndSend(at(21));
    const reminders = smtp.messages.slice(3);
    expect(reminders.map((m) => m.envelopeTo[0]).sort()).toEqual(['leder@a.example', 'post@c.example']);
    const c = reminders.find((m) => m.envelopeTo[0] === 'post@c.example')!;
    expect(c.subject).toMatch(/^Reminder:/);
    const fresh = tokenOf(linkOf(c.text));
    expect(await openLink(db.prisma, SECRET, tokens.c, at(21))).toEqual({ ok: false, problem: 'invalid' });
    expect((await openLink(db.prisma, SECRET, fresh, at(21))).ok).toBe(true);
    await scanAndSend(at(25));
    expect(smtp.messages).toHaveLength(5);
  });

  it('marks measures "Ubesvart" two months after they fell due, unless confirmed since', async () => {
    // An editor confirms "own" by hand meanwhile.
    const own = await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.own! } });
    expect((await verifyMeasure(db.prisma, actors.editor, ids.own!, { version: own.version }, osloDate(at(40)))).ok).toBe(true);
    const due = addMonths(osloDate(T0), 2);
    await scanAndSend(new Date(new Date(`${due}T09:00:00Z`).getTime() - DAY));
    expect(await db.prisma.confirmationItem.count({ where: { unansweredAt: { not: null } } })).toBe(0);
    await scanAndSend(new Date(`${due}T09:00:00Z`));
    const marked = await db.prisma.confirmationItem.findMany({ where: { unansweredAt: { not: null } }, select: { measureId: true } });
    expect(marked.map((i) => i.measureId)).toEqual([ids.c1]);
    const c1 = await db.prisma.measure.findUniqueOrThrow({ where: { id: ids.c1! } });
    expect(await getUnansweredSince('tiltak-c1', db.prisma)).toBe(c1.createdAt.toISOString().slice(0, 10));
    expect(await getUnansweredSince('tiltak-never', db.prisma)).toBeNull();
  });

  it('editors ask by hand for a selection, one request per contact; providers may not', async () => {
    const r = await requestConfirmationByEditor(db.prisma, actors.editor, [ids.fresh!, ids.own!, ids.nocontact!], at(70));
    expect(r).toMatchObject({ ok: true, value: { withoutContact: 1 } });
    if (!r.ok) return;
    expect(r.value.requestIds).toHaveLength(2);
    const requests = await db.prisma.confirmationRequest.findMany({ where: { id: { in: r.value.requestIds } }, include: { items: true } });
    expect(requests.every((q) => q.kind === 'MANUAL' && q.requestedById === actors.editor.id && q.sentAt === null)).toBe(true);
    expect(await requestConfirmationByEditor(db.prisma, actors.provider, [ids.fresh!], at(70))).toEqual({ ok: false, error: 'forbidden' });
  });

  it('asks again a round later: after a confirmation, and after an "Endre" answer', async () => {
    const before = smtp.messages.length;
    await scanAndSend(at(200));
    const fresh = smtp.messages.slice(before);
    const scheduled = fresh.find((m) => m.envelopeTo[0] === 'kontakt@a.example' && m.text.includes('Tiltak old'));
    expect(scheduled?.text).toContain('Tiltak never');
    // "fresh" is in the editor's request (sent now, as it was still waiting), not in this one.
    expect(scheduled?.text).not.toContain('Tiltak fresh');
    expect(fresh.some((m) => m.envelopeTo[0] === 'kontakt@a.example' && m.text.includes('Tiltak fresh'))).toBe(true);
  });
});
