// The retention job (lib/jobs/retention.ts) and deleting error reports, on a test clock:
// every row is dated relative to NOW, and the job is told that it is NOW.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listErrorReports } from '@/lib/data/error-reports';
import { deleteErrorReport } from '@/lib/services/error-reports';
import { describeFailure, runRetention, type RetentionPolicy } from '@/lib/jobs/retention';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

const NOW = new Date('2027-03-01T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const POLICY: RetentionPolicy = { errorReportContactDays: 90, sessionAbsoluteSeconds: 12 * 3600, contactRequestDays: 14 };
const CONTACT = { contactName: 'Kari Nordmann', contact: '+47 400 00 000' };

describe.each(databaseKinds)('retention on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;
  let measureId: string;

  const report = (data: { handledAt?: Date | null; createdAt?: Date; contactName?: string | null; contact?: string | null }) =>
    db.prisma.errorReport.create({
      data: { measureId, message: 'Telefonnummeret på siden er feil.', locale: 'nb', createdAt: ago(200 * DAY), ...data },
      select: { id: true },
    });
  const contactOf = (id: string) =>
    db.prisma.errorReport.findUniqueOrThrow({ where: { id }, select: { contactName: true, contact: true, contactErasedAt: true } });

  beforeAll(async () => {
    db = await create();
    const provider = await db.prisma.provider.create({ data: { slug: 'base', name: 'Base', type: 'PRIVATE' } });
    actors = await createActors(db.prisma, provider.id);
    measureId = (
      await db.prisma.measure.create({
        data: { slug: 'turgruppe', name: 'Turgruppe', summary: 'Kort.', providerId: provider.id, kind: 'ACTIVITY', status: 'PUBLISHED', categories: [], districts: [], targetGroups: [] },
        select: { id: true },
      })
    ).id;
  });
  afterAll(() => db?.close());

  it('removes the contact details of reports handled longer ago than the period, and only those', async () => {
    const old = await report({ ...CONTACT, handledAt: ago(90 * DAY + 1000) });
    const recent = await report({ ...CONTACT, handledAt: ago(89 * DAY) });
    const open = await report({ ...CONTACT, handledAt: null });
    const anonymous = await report({ handledAt: ago(120 * DAY) });

    const counts = await runRetention(db.prisma, NOW, POLICY);
    expect(counts.errorReportContactsErased).toBe(1);
    expect(await contactOf(old.id)).toEqual({ contactName: null, contact: null, contactErasedAt: NOW });
    expect(await contactOf(recent.id)).toEqual({ ...CONTACT, contactErasedAt: null });
    expect(await contactOf(open.id)).toEqual({ ...CONTACT, contactErasedAt: null });
    // Nothing to remove: the list keeps saying "not given", not "removed".
    expect(await contactOf(anonymous.id)).toEqual({ contactName: null, contact: null, contactErasedAt: null });
    // The message itself stays for the editors.
    expect((await db.prisma.errorReport.findUniqueOrThrow({ where: { id: old.id } })).message).toContain('Telefonnummeret');

    // Idempotent: a second run at the same time finds nothing more.
    expect((await runRetention(db.prisma, NOW, POLICY)).errorReportContactsErased).toBe(0);
    // A day later the recent one's period is over too; the period is the policy's.
    expect((await runRetention(db.prisma, new Date(NOW.getTime() + DAY), POLICY)).errorReportContactsErased).toBe(1);
    expect((await runRetention(db.prisma, NOW, { ...POLICY, errorReportContactDays: 1 })).errorReportContactsErased).toBe(0);
    expect(await contactOf(open.id)).toEqual({ ...CONTACT, contactErasedAt: null });

    // The editors' list shows that the details were removed.
    const handled = await listErrorReports(actors.editor, 'handled', {}, db.prisma);
    expect(handled!.items.find((r) => r.id === old.id)).toMatchObject({ contactName: null, contact: null, contactErasedAt: NOW });
  });

  it('deletes sessions that have ended (idle or absolute time-out), with their IP address and user agent', async () => {
    const session = (id: string, createdAt: Date, expiresAt: Date) =>
      db.prisma.session.create({
        data: { id, token: `token-${id}`, userId: actors.editor.id, createdAt, expiresAt, ipAddress: '192.0.2.7', userAgent: 'Firefox' },
      });
    await session('idle-ended', ago(3 * HOUR), ago(1000));
    await session('absolute-ended', ago(12 * HOUR + 1000), new Date(NOW.getTime() + HOUR));
    await session('live', ago(HOUR), new Date(NOW.getTime() + HOUR));

    expect((await runRetention(db.prisma, NOW, POLICY)).sessionsDeleted).toBe(2);
    expect((await db.prisma.session.findMany({ select: { id: true } })).map((s) => s.id)).toEqual(['live']);
    expect((await runRetention(db.prisma, NOW, POLICY)).sessionsDeleted).toBe(0);
  });

  it('deletes expired password-reset tokens and finished rate-limit counters, keeping live ones', async () => {
    await db.prisma.verification.createMany({
      data: [
        { id: 'expired', identifier: 'reset-password:expired', value: actors.editor.id, expiresAt: ago(1000) },
        { id: 'live', identifier: 'reset-password:live', value: actors.editor.id, expiresAt: new Date(NOW.getTime() + HOUR) },
      ],
    });
    // A rate-limit row holds the end of its window (lib/http/rate-limit.ts).
    const at = (ms: number) => BigInt(NOW.getTime() - ms);
    await db.prisma.rateLimit.createMany({
      data: [
        { id: 'old-sign-in', key: '192.0.2.7/sign-in/email', count: 3, lastRequest: at(25 * HOUR) },
        { id: 'old-report', key: 'error-report:client:abc', count: 1, lastRequest: at(2 * DAY) },
        { id: 'current', key: '192.0.2.8/sign-in/email', count: 1, lastRequest: at(-10 * 60 * 1000) },
      ],
    });

    const counts = await runRetention(db.prisma, NOW, POLICY);
    expect(counts).toMatchObject({ verificationsDeleted: 1, rateLimitsDeleted: 2 });
    expect((await db.prisma.verification.findMany({ select: { id: true } })).map((v) => v.id)).toEqual(['live']);
    expect((await db.prisma.rateLimit.findMany({ select: { id: true } })).map((r) => r.id)).toEqual(['current']);
    expect(await runRetention(db.prisma, NOW, POLICY)).toEqual({
      errorReportContactsErased: 0,
      sessionsDeleted: 0,
      verificationsDeleted: 0,
      rateLimitsDeleted: 0,
      signInFailuresDeleted: 0,
      contactRequestsExpired: 0,
      contactReceiptsDeleted: 0,
    });
  });

  it('lets editors and admins delete a report, audited without the reporter\'s personal data', async () => {
    const target = await report({ ...CONTACT, handledAt: null });
    const other = await report({ ...CONTACT, handledAt: null });

    expect(await deleteErrorReport(db.prisma, actors.provider, target.id)).toEqual({ ok: false, error: 'forbidden' });
    expect(await db.prisma.errorReport.count({ where: { id: target.id } })).toBe(1);

    expect(await deleteErrorReport(db.prisma, actors.editor, target.id)).toEqual({ ok: true, value: { id: target.id } });
    expect(await db.prisma.errorReport.count({ where: { id: target.id } })).toBe(0);
    expect(await db.prisma.errorReport.count({ where: { id: other.id } })).toBe(1);

    const entries = await db.prisma.auditEntry.findMany({ where: { entityType: 'error_report', entityId: target.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'delete', userId: actors.editor.id, userEmail: actors.editor.email });
    expect(entries[0]!.snapshot).toMatchObject({ measureId, locale: 'nb' });
    const written = JSON.stringify(entries[0]);
    for (const personal of [CONTACT.contactName, CONTACT.contact, 'Telefonnummeret']) expect(written).not.toContain(personal);

    // Gone already, or not an id at all: nothing happens, nothing is audited.
    expect(await deleteErrorReport(db.prisma, actors.admin, target.id)).toEqual({ ok: false, error: 'not_found' });
    expect(await deleteErrorReport(db.prisma, actors.admin, 'not-an-id')).toEqual({ ok: false, error: 'not_found' });
    expect(await db.prisma.auditEntry.count({ where: { entityType: 'error_report' } })).toBe(1);
    expect(await deleteErrorReport(db.prisma, actors.admin, other.id)).toMatchObject({ ok: true });
  });

  it('fails with a one-line reason when the database is gone, naming no data', async () => {
    const gone = await create();
    await gone.close();
    const failure = await runRetention(gone.prisma, NOW, POLICY).then(() => null, (error: unknown) => error);
    expect(failure).not.toBeNull();
    const line = describeFailure(failure);
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThan(260);
  });
});

describe('describeFailure', () => {
  it('keeps the error code (or name) and the last line only', () => {
    const prismaLike = '\nInvalid `prisma.errorReport.updateMany()` invocation:\n\n\nCan\'t reach database server at 127.0.0.1:1\n';
    expect(describeFailure(Object.assign(new Error(prismaLike), { code: 'P1001' }))).toBe("P1001: Can't reach database server at 127.0.0.1:1");
    expect(describeFailure(new Error('one line'))).toBe('Error: one line');
    expect(describeFailure('nope')).toBe('unknown error');
  });
});
