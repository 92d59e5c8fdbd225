import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as hsdsExportRoute } from '@/app/api/hsds/export/route';
import { GET as hsdsOrganizationRoute } from '@/app/api/hsds/organizations/[id]/route';
import { GET as hsdsServiceRoute } from '@/app/api/hsds/services/[id]/route';
import { GET as hsdsServicesRoute } from '@/app/api/hsds/services/route';
import { GET as measureRoute } from '@/app/api/v1/measures/[slug]/route';
import { GET as measuresRoute } from '@/app/api/v1/measures/route';
import { GET as providerRoute } from '@/app/api/v1/providers/[slug]/route';
import { GET as providersRoute } from '@/app/api/v1/providers/route';
import type { Database } from '@/lib/db/connection';
import { CSV_COLUMNS, exportMeasuresCsv, importMeasuresCsv } from '@/lib/admin/measure-csv';
import { parseCsv, toCsv } from '@/lib/csv';
import { getProviderForEdit } from '@/lib/data/admin-providers';
import { listHistory } from '@/lib/data/history';
import { getPublishedMeasure, loadMeasureSnapshot } from '@/lib/data/measures';
import { getOpenMeasure, getOpenProvider, listOpenMeasures, listOpenProviders, listProviderOpenMeasures } from '@/lib/data/open-data';
import { getProvider, listProviders } from '@/lib/data/providers';
import { seedDemoData } from '@/lib/db/seed';
import { updateMeasure } from '@/lib/services/measures';
import { updateProvider } from '@/lib/services/providers';
import { measureUpdateSchema, storedContentInput } from '@/lib/validation/measure';
import { providerUpdateSchema } from '@/lib/validation/provider';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

// Who to ask to confirm a listing: a provider's address and language, and a measure's own
// address instead. Editors edit them, the audit log keeps them, the CSV carries the
// measure's; no public page or open-data answer ever shows them.

const PROVIDER_ADDRESS = 'oppdateringer.alf@example.org';
const MEASURE_ADDRESS = 'eget.tiltak@example.org';

/** Any route handler: each names its own params, passed through untyped. */
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

describe.each(databaseKinds)('addresses for listing updates on $kind', ({ create }) => {
  let db: TestDatabase;
  const globals = globalThis as unknown as { ettervernDb?: Database };
  let actors: Awaited<ReturnType<typeof createActors>>;
  let providerId: string;
  let measureId: string;
  let measureSlug: string;

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    const provider = await db.prisma.provider.findFirstOrThrow({ where: { slug: 'alf-as' } });
    providerId = provider.id;
    actors = await createActors(db.prisma, provider.id);
    const measure = await db.prisma.measure.findFirstOrThrow({ where: { providerId, status: 'PUBLISHED' }, orderBy: { slug: 'asc' } });
    measureId = measure.id;
    measureSlug = measure.slug;
  });
  afterAll(async () => {
    delete globals.ettervernDb;
    await db?.close();
  });

  const lastSnapshot = async (entityType: string, entityId: string) =>
    (await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType, entityId }, orderBy: { createdAt: 'desc' } })).snapshot;

  async function editProvider(changes: Record<string, unknown>) {
    const current = (await getProviderForEdit(providerId, db.prisma))!;
    return providerUpdateSchema.safeParse({ ...current, ...changes });
  }

  it("edits a provider's address and language, audited, and refuses a bad address", async () => {
    const bad = await editProvider({ updatesEmail: 'ikke en adresse' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toMatchObject([{ path: ['updatesEmail'], message: 'email' }]);
    expect((await editProvider({ updatesLanguage: 'sv' })).error?.issues).toMatchObject([{ path: ['updatesLanguage'], message: 'invalid' }]);

    const input = await editProvider({ updatesEmail: ` ${PROVIDER_ADDRESS} `, updatesLanguage: 'nn' });
    if (!input.success) throw new Error(JSON.stringify(input.error.issues));
    const saved = await updateProvider(db.prisma, actors.editor, providerId, input.data);
    expect(saved.ok).toBe(true);
    expect(await getProviderForEdit(providerId, db.prisma)).toMatchObject({ updatesEmail: PROVIDER_ADDRESS, updatesLanguage: 'nn' });
    const [entry] = await listHistory('provider', providerId, db.prisma);
    expect(entry!.changes).toEqual([
      { field: 'updatesEmail', before: null, after: PROVIDER_ADDRESS },
      { field: 'updatesLanguage', before: 'nb', after: 'nn' },
    ]);
    expect(await lastSnapshot('provider', providerId)).toMatchObject({ updatesEmail: PROVIDER_ADDRESS, updatesLanguage: 'nn' });

    // Empty is allowed: the language falls back to Bokmål, the address to none.
    const cleared = await editProvider({ updatesEmail: '', updatesLanguage: '' });
    expect(cleared.success && cleared.data).toMatchObject({ updatesEmail: null, updatesLanguage: 'nb' });
  });

  it("edits a measure's own address as an override, audited, and refuses a bad one", async () => {
    const before = (await loadMeasureSnapshot(db.prisma, measureId))!;
    expect(before.updatesEmail).toBeNull();
    const bad = measureUpdateSchema.safeParse({ ...storedContentInput(before), version: before.version, updatesEmail: 'post@' });
    expect(bad.error?.issues).toMatchObject([{ path: ['updatesEmail'], message: 'email' }]);

    const input = measureUpdateSchema.parse({ ...storedContentInput(before), version: before.version, updatesEmail: MEASURE_ADDRESS });
    expect(await updateMeasure(db.prisma, actors.editor, measureId, input)).toMatchObject({ ok: true });
    const after = (await loadMeasureSnapshot(db.prisma, measureId))!;
    expect(after.updatesEmail).toBe(MEASURE_ADDRESS);
    const [entry] = await listHistory('measure', measureId, db.prisma);
    expect(entry).toMatchObject({ action: 'update', changes: [{ field: 'updatesEmail', before: null, after: MEASURE_ADDRESS }] });
    expect(await lastSnapshot('measure', measureId)).toMatchObject({ updatesEmail: MEASURE_ADDRESS });
  });

  it('carries the measure address through a CSV round trip, and refuses a bad one with a clear message', async () => {
    const records = (text: string) => {
      const parsed = parseCsv(text);
      if (!parsed.ok) throw new Error('unreadable CSV');
      return parsed.records.map((r) => r.values);
    };
    const [header, ...rows] = records((await exportMeasuresCsv(db.prisma, actors.editor))!);
    expect(CSV_COLUMNS).toContain('updatesEmail');
    const col = header!.indexOf('updatesEmail');
    const row = rows.find((r) => r[header!.indexOf('id')] === measureId)!;
    expect(row[col]).toBe(MEASURE_ADDRESS);
    expect(await importMeasuresCsv(db.prisma, actors.editor, toCsv([header!, row]), { apply: true })).toMatchObject({
      ok: true,
      value: { unchanged: 1, problems: [] },
    });

    const changed = [...row];
    changed[col] = 'ny.adresse@example.org';
    expect(await importMeasuresCsv(db.prisma, actors.editor, toCsv([header!, changed]), { apply: true })).toMatchObject({ ok: true, value: { updated: 1, applied: true } });
    expect((await loadMeasureSnapshot(db.prisma, measureId))!.updatesEmail).toBe('ny.adresse@example.org');
    expect((await listHistory('measure', measureId, db.prisma))[0]).toMatchObject({
      action: 'import',
      changes: [{ field: 'updatesEmail', before: MEASURE_ADDRESS, after: 'ny.adresse@example.org' }],
    });

    const [freshHeader, ...freshRows] = records((await exportMeasuresCsv(db.prisma, actors.editor))!);
    const bad = [...freshRows.find((r) => r[freshHeader!.indexOf('id')] === measureId)!];
    bad[col] = 'ikke-en-adresse';
    const report = await importMeasuresCsv(db.prisma, actors.editor, toCsv([freshHeader!, bad]), { apply: true });
    expect(report).toEqual({ ok: true, value: expect.objectContaining({ applied: false, problems: [{ line: 2, field: 'updatesEmail', messages: ['email'] }] }) });
    expect((await loadMeasureSnapshot(db.prisma, measureId))!.updatesEmail).toBe('ny.adresse@example.org');
    // The import page names the column and says what is wrong, in each language.
    for (const locale of ['nb', 'nn', 'en']) {
      const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
      expect(messages.AdminEdit.fields.updatesEmail).toBeTruthy();
      expect(messages.Forms.errors.email).toMatch(/e-?post|email/i);
    }

    // Put the measure's own address back for the check below.
    const snapshot = (await loadMeasureSnapshot(db.prisma, measureId))!;
    await updateMeasure(db.prisma, actors.editor, measureId, measureUpdateSchema.parse({ ...storedContentInput(snapshot), version: snapshot.version, updatesEmail: MEASURE_ADDRESS }));
  });

  it('never shows either address on a public page or in the open data', async () => {
    // Both addresses are set (the tests above); the provider's again in case it was cleared.
    const input = await editProvider({ updatesEmail: PROVIDER_ADDRESS, updatesLanguage: 'nn' });
    if (!input.success) throw new Error();
    await updateProvider(db.prisma, actors.editor, providerId, input.data);
    expect((await loadMeasureSnapshot(db.prisma, measureId))!.updatesEmail).toBe(MEASURE_ADDRESS);

    const p = db.prisma;
    const detail = (await getPublishedMeasure(measureSlug, new Date(), p))!;
    expect(detail.slug).toBe(measureSlug);
    expect(detail).not.toHaveProperty('updatesEmail');
    // The open-data shapes the API is made from, as well as the pages' data.
    const open = (await getOpenMeasure({ slug: measureSlug }, new Date(), p))!;
    expect(open).not.toHaveProperty('updatesEmail');
    const pages = JSON.stringify({
      detail,
      provider: await getProvider('alf-as', p),
      providers: await listProviders(p),
      open,
      openList: await listOpenMeasures(undefined, new Date(), p),
      ofProvider: await listProviderOpenMeasures(providerId, new Date(), p),
      openProvider: await getOpenProvider({ id: providerId }, p),
      openProviders: await listOpenProviders(undefined, p),
    });

    // The open-data API's route handlers, called as Next.js calls them.
    globals.ettervernDb = db;
    const get = async (handler: Handler, path: string, params: Record<string, string> = {}) => {
      const response = await handler(new Request(`http://localhost:3000${path}`), { params: Promise.resolve(params) as Promise<never> });
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const answers = [
      await get(measureRoute as Handler, `/api/v1/measures/${measureSlug}`, { slug: measureSlug }),
      await get(measuresRoute as Handler, '/api/v1/measures?per_page=100'),
      await get(providerRoute as Handler, '/api/v1/providers/alf-as', { slug: 'alf-as' }),
      await get(providersRoute as Handler, '/api/v1/providers'),
      await get(hsdsServiceRoute as Handler, `/api/hsds/services/${measureId}`, { id: measureId }),
      await get(hsdsServicesRoute as Handler, '/api/hsds/services?per_page=100'),
      await get(hsdsOrganizationRoute as Handler, `/api/hsds/organizations/${providerId}`, { id: providerId }),
      await get(hsdsExportRoute as Handler, '/api/hsds/export'),
    ];
    expect(answers.every((a) => a.includes(measureSlug) || a.includes('alf-as') || a.includes(measureId))).toBe(true);
    for (const text of [pages, ...answers]) {
      expect(text).not.toContain(MEASURE_ADDRESS);
      expect(text).not.toContain(PROVIDER_ADDRESS);
      expect(text).not.toMatch(/updatesEmail|updatesLanguage|updates_email/);
    }
  });
});
