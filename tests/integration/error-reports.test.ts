// "Meld feil": the public submission (validation, form token, honeypot, rate limits,
// storing) and the editors' handling of reports, against both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestOpenErrorReports, listErrorReports } from '@/lib/data/error-reports';
import { setErrorReportHandled } from '@/lib/services/error-reports';
import { getDashboard } from '@/lib/data/admin-dashboard';
import { getReportableMeasure } from '@/lib/data/error-reports';
import { checkFormToken as checkToken, issueFormToken as issueToken, TOKEN_MAX_AGE_MS } from '@/lib/public-forms/form-token';
import { clientKey as formClientKey } from '@/lib/public-forms/rate-limit';
import { submitErrorReport, type SubmitInput } from '@/lib/error-reports/submit';
import { errorReportSchema, parseReportFacts } from '@/lib/validation/error-report';
import { toFieldErrors } from '@/lib/validation/form-data';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

// Meld feil's tokens and rate-limit keys (the shared public-form pieces, for this form).
const issueFormToken = (secret: string, id: string, now?: Date) => issueToken(secret, 'error-report', id, now);
const checkFormToken = (secret: string, id: string, token: unknown, now?: Date) => checkToken(secret, 'error-report', id, token, now);
const clientKey = (secret: string, address: string | null) => formClientKey(secret, 'error-report', address);

const SECRET = 'error report test secret, at least 32 characters long';
const T0 = new Date('2026-11-22T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MESSAGE = 'Åpningstiden på tirsdag er feil, det stenger kl. 14.';

describe('error report validation', () => {
  const errors = (values: Record<string, unknown>) => {
    const parsed = errorReportSchema.safeParse(values);
    return parsed.success ? {} : toFieldErrors(parsed.error);
  };

  it('needs a message of 10 to 2000 characters after trimming', () => {
    expect(errors({})).toEqual({ message: ['required'] });
    expect(errors({ message: '   ' })).toEqual({ message: ['required'] });
    expect(errors({ message: 'for kort' })).toEqual({ message: ['tooShort'] });
    expect(errors({ message: ` ${'x'.repeat(9)}  ` })).toEqual({ message: ['tooShort'] });
    expect(errors({ message: 'x'.repeat(2001) })).toEqual({ message: ['tooLong'] });
    expect(errors({ message: ` ${'x'.repeat(2000)} ` })).toEqual({});
  });

  it('takes optional contact details of at most 200 characters, blanks as none', () => {
    expect(errorReportSchema.parse({ message: `  ${MESSAGE}  `, contactName: '  ', contact: ' 55 00 00 00 ' })).toEqual({
      message: MESSAGE,
      contactName: null,
      contact: '55 00 00 00',
      facts: [],
    });
    expect(errors({ message: MESSAGE, contactName: 'n'.repeat(201), contact: 'c'.repeat(201) })).toEqual({
      contactName: ['tooLong'],
      contact: ['tooLong'],
    });
    expect(errors({ message: MESSAGE, contact: ['a', 'b'] })).toEqual({ contact: ['invalid'] });
  });
});

describe('the facts a report is about (?mangler=)', () => {
  it('keeps known facts in their canonical order, once, and drops the rest', () => {
    expect(parseReportFacts('gender,age')).toEqual(['age', 'gender']);
    expect(parseReportFacts(['hours', 'age,age', ' district '])).toEqual(['age', 'district', 'hours']);
    expect(parseReportFacts('DROP TABLE,__proto__,')).toEqual([]);
    expect(parseReportFacts(undefined)).toEqual([]);
  });
});

describe('the signed form token', () => {
  const id = '6f1c1f3e-0000-4000-8000-000000000001';
  const token = issueFormToken(SECRET, id, T0);

  it('is accepted between 3 seconds and 2 hours after it was issued', () => {
    expect(checkFormToken(SECRET, id, token, at(0))).toBe('tooFast');
    expect(checkFormToken(SECRET, id, token, at(2_900))).toBe('tooFast');
    expect(checkFormToken(SECRET, id, token, at(3_000))).toBe('ok');
    expect(checkFormToken(SECRET, id, token, at(TOKEN_MAX_AGE_MS))).toBe('ok');
    expect(checkFormToken(SECRET, id, token, at(TOKEN_MAX_AGE_MS + 1))).toBe('expired');
    // Issued "in the future" (a forged time would need the secret anyway).
    expect(checkFormToken(SECRET, id, token, at(-60_000))).toBe('tooFast');
  });

  it('is bound to the measure, the time and the secret', () => {
    const [issued, signature] = token.split('.');
    expect(checkFormToken(SECRET, '6f1c1f3e-0000-4000-8000-000000000002', token, at(10_000))).toBe('invalid');
    expect(checkFormToken(`${SECRET}!`, id, token, at(10_000))).toBe('invalid');
    expect(checkFormToken(SECRET, id, `${Number(issued) - 60_000}.${signature}`, at(10_000))).toBe('invalid');
    for (const bad of [undefined, '', 'x', `${issued}.`, `${issued}.${signature}x`, ['a']]) {
      expect(checkFormToken(SECRET, id, bad, at(10_000))).toBe('invalid');
    }
  });
});

describe.each(databaseKinds)('error reports on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;
  let measureId: string;
  let otherMeasureId: string;
  let draftId: string;

  const makeMeasure = async (slug: string, providerId: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
    (
      await db.prisma.measure.create({
        data: { slug, name: `Tiltak ${slug}`, summary: 'Kort.', providerId, kind: 'ACTIVITY', status, categories: [], districts: [], targetGroups: [] },
        select: { id: true },
      })
    ).id;

  /** A submission whose form was shown ten seconds before `now`. */
  const submit = (overrides: Partial<SubmitInput> & { now?: Date; tokenAt?: Date; values?: Record<string, string> } = {}) => {
    const id = overrides.measureId ?? measureId;
    const now = overrides.now ?? at(10_000);
    const token = issueFormToken(SECRET, id, overrides.tokenAt ?? new Date(now.getTime() - 10_000));
    return submitErrorReport(
      db.prisma,
      {
        measureId: id,
        locale: overrides.locale ?? 'nb',
        clientAddress: overrides.clientAddress === undefined ? '10.0.0.1' : overrides.clientAddress,
        values: { message: MESSAGE, website: '', token, ...overrides.values },
      },
      { secret: SECRET, now },
    );
  };
  const count = () => db.prisma.errorReport.count();

  beforeAll(async () => {
    db = await create();
    const provider = await db.prisma.provider.create({ data: { slug: 'base', name: 'Base', type: 'PRIVATE' } });
    actors = await createActors(db.prisma, provider.id);
    measureId = await makeMeasure('turgruppe', provider.id);
    otherMeasureId = await makeMeasure('kafe', provider.id);
    draftId = await makeMeasure('utkast', provider.id, 'DRAFT');
  });
  afterAll(() => db?.close());

  it('finds only published measures to report on', async () => {
    expect(await getReportableMeasure('turgruppe', db.prisma)).toEqual({ id: measureId, slug: 'turgruppe', name: 'Tiltak turgruppe', nameNn: null, nameEn: null });
    expect(await getReportableMeasure('utkast', db.prisma)).toBeNull();
    expect(await getReportableMeasure('../x', db.prisma)).toBeNull();
    expect(await submit({ measureId: draftId })).toEqual({ status: 'notFound' });
    expect(await submit({ measureId: 'not-a-uuid' })).toEqual({ status: 'notFound' });
  });

  it('stores a valid report, trimmed, with its language and no address', async () => {
    const result = await submit({
      locale: 'nn',
      clientAddress: '10.9.8.7',
      // Sent from the page's note on missing facts: what is no fact is dropped.
      values: { message: `  ${MESSAGE}\n`, contactName: ' Kari ', contact: '', facts: 'gender,nonsense,age' },
    });
    expect(result).toEqual({ status: 'stored', slug: 'turgruppe' });
    const rows = await db.prisma.errorReport.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ measureId, message: MESSAGE, contactName: 'Kari', contact: null, locale: 'nn', handledAt: null, facts: ['age', 'gender'] });
    // Rate limiting keeps a salted hash, never the address itself.
    const keys = (await db.prisma.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys.some((k) => k.startsWith('error-report:client:'))).toBe(true);
    expect(keys.join(' ')).not.toContain('10.9.8.7');
  });

  it('returns the validation errors and stores nothing', async () => {
    const before = await count();
    expect(await submit({ values: { message: 'kort', contactName: 'n'.repeat(201) } })).toEqual({
      status: 'invalid',
      fieldErrors: { message: ['tooShort'], contactName: ['tooLong'] },
    });
    expect(await count()).toBe(before);
  });

  it('quietly drops what only bots send: a filled-in honeypot, a form posted within seconds', async () => {
    const before = await count();
    expect(await submit({ values: { website: 'http://spam.example' } })).toEqual({ status: 'discarded', slug: 'turgruppe' });
    expect(await submit({ tokenAt: at(9_000) })).toEqual({ status: 'discarded', slug: 'turgruppe' });
    // A person pressing "Send" at once on an empty form is told what is missing instead.
    expect(await submit({ tokenAt: at(9_000), values: { message: '' } })).toEqual({ status: 'invalid', fieldErrors: { message: ['required'] } });
    expect(await count()).toBe(before);
  });

  it('asks a person to send again when the form expired or its token does not fit', async () => {
    const before = await count();
    expect(await submit({ now: at(TOKEN_MAX_AGE_MS + 20_000), tokenAt: T0 })).toEqual({ status: 'expired' });
    // A token for another measure, or none at all.
    const other = issueFormToken(SECRET, otherMeasureId, T0);
    expect(await submit({ values: { token: other } })).toEqual({ status: 'expired' });
    expect(await submit({ values: { token: '' } })).toEqual({ status: 'expired' });
    expect(await count()).toBe(before);
  });

  it('allows five reports per client in ten minutes, across measures', async () => {
    const client = '10.5.5.5';
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push((await submit({ clientAddress: client, measureId: i % 2 ? otherMeasureId : measureId, now: at(20_000 + i) })).status);
    }
    expect(results).toEqual(['stored', 'stored', 'stored', 'stored', 'stored']);
    const before = await count();
    expect(await submit({ clientAddress: client, now: at(60_000) })).toEqual({ status: 'rateLimited', minutes: 10 });
    expect(await submit({ clientAddress: client, now: at(9 * 60_000) })).toEqual({ status: 'rateLimited', minutes: 2 });
    expect(await count()).toBe(before);
    // Another client is not affected; this one may send again once the window is over.
    expect((await submit({ clientAddress: '10.5.5.6', now: at(60_000) })).status).toBe('stored');
    expect((await submit({ clientAddress: client, now: at(11 * 60_000) })).status).toBe('stored');
  });

  it('allows twenty reports per measure in an hour, whoever sends them', async () => {
    const base = 3 * 60 * 60_000;
    await db.prisma.errorReport.deleteMany({ where: { measureId: otherMeasureId } });
    const statuses = [];
    for (let i = 0; i < 21; i++) {
      statuses.push((await submit({ measureId: otherMeasureId, clientAddress: `10.7.0.${i + 1}`, now: at(base + i) })).status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 'stored')).toBe(true);
    expect(statuses[20]).toBe('rateLimited');
    expect(await db.prisma.errorReport.count({ where: { measureId: otherMeasureId } })).toBe(20);
    // The refused report did not count against its sender's own allowance either.
    expect(await db.prisma.rateLimit.findUnique({ where: { key: clientKey(SECRET, '10.7.0.20') } })).toMatchObject({ count: 1 });
    expect(await db.prisma.rateLimit.findUnique({ where: { key: clientKey(SECRET, '10.7.0.21') } })).toBeNull();
  });

  it('lets editors and admins list reports and mark them handled, not providers', async () => {
    const open = await listErrorReports(actors.editor, 'open', {}, db.prisma);
    expect(open!.total).toBe(await db.prisma.errorReport.count({ where: { handledAt: null } }));
    // Oldest first: the one waiting longest is on top.
    const first = open!.items[0]!;
    expect(first).toMatchObject({ measureId, measureSlug: 'turgruppe', measureName: 'Tiltak turgruppe', contactName: 'Kari', locale: 'nn', handledBy: null });

    expect(await listErrorReports(actors.provider, 'open', {}, db.prisma)).toBeNull();
    expect(await latestOpenErrorReports(actors.provider, 5, db.prisma)).toBeNull();
    expect(await setErrorReportHandled(db.prisma, actors.provider, first.id, true)).toEqual({ ok: false, error: 'forbidden' });
    expect((await db.prisma.errorReport.findUniqueOrThrow({ where: { id: first.id } })).handledAt).toBeNull();

    const when = at(24 * 60 * 60_000);
    expect(await setErrorReportHandled(db.prisma, actors.editor, first.id, true, when)).toEqual({ ok: true, value: { id: first.id } });
    // A second click (or a second editor) changes nothing: the first handler stays.
    expect((await setErrorReportHandled(db.prisma, actors.admin, first.id, true)).ok).toBe(true);
    const row = await db.prisma.errorReport.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ handledAt: when, handledById: actors.editor.id });

    const handled = await listErrorReports(actors.admin, 'handled', {}, db.prisma);
    expect(handled).toMatchObject({ total: 1, items: [{ id: first.id, handledBy: 'editor-1', handledAt: when }] });
    expect((await listErrorReports(actors.editor, 'open', {}, db.prisma))!.total).toBe(open!.total - 1);

    expect((await setErrorReportHandled(db.prisma, actors.admin, first.id, false)).ok).toBe(true);
    expect(await db.prisma.errorReport.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ handledAt: null, handledById: null });
    expect(await setErrorReportHandled(db.prisma, actors.editor, '00000000-0000-4000-8000-000000000000', true)).toEqual({ ok: false, error: 'not_found' });
    expect(await setErrorReportHandled(db.prisma, actors.editor, 'nope', true)).toEqual({ ok: false, error: 'not_found' });
  });

  it('shows open reports on the dashboard for editors only, newest first', async () => {
    const total = await db.prisma.errorReport.count({ where: { handledAt: null } });
    const editorView = await getDashboard(actors.editor, db.prisma);
    expect(editorView.openErrorReports!.total).toBe(total);
    expect(editorView.openErrorReports!.items).toHaveLength(5);
    const times = editorView.openErrorReports!.items.map((i) => i.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await getDashboard(actors.provider, db.prisma)).openErrorReports).toBeNull();
  });
});
