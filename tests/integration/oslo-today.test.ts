import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/data/admin-dashboard';
import { adminMeasureQuerySchema, getMeasurePreview, listAdminMeasures } from '@/lib/data/admin-measures';
import { getListedMeasures } from '@/lib/data/measure-list';
import { getPublishedMeasure } from '@/lib/data/measures';
import { getOpenMeasure } from '@/lib/data/open-data';
import type { Actor } from '@/lib/services/types';
import { databaseKinds, type TestDatabase } from '../helpers/db';

// Every read that depends on "today" takes it in Oslo. At 01:30 on 2 June in Bergen
// (23:30 UTC on 1 June) an exception that ended on 1 June is over, and a measure last
// verified on 1 December is more than six months old.
describe.each(databaseKinds)("reads that depend on today's date on $kind", ({ create }) => {
  let db: TestDatabase;
  let measureId: string;
  const now = new Date('2026-06-01T23:30:00Z');
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const editor: Actor = { id: 'editor-1', email: 'editor-1@example.org', name: 'Editor', role: 'editor', providerId: null };

  beforeAll(async () => {
    db = await create();
    const provider = await db.prisma.provider.create({ data: { slug: 'natt-as', name: 'Natt AS', type: 'PRIVATE' } });
    const base = { summary: 'Åpent om natten.', kind: 'ACTIVITY' as const, categories: [], districts: [], providerId: provider.id, status: 'PUBLISHED' as const };
    const measure = await db.prisma.measure.create({
      data: {
        ...base, slug: 'nattkafe', name: 'Nattkafé', lastVerifiedAt: day('2025-12-01'),
        openingExceptions: {
          create: [
            { startDate: day('2026-05-31'), endDate: day('2026-06-01'), closed: true, note: 'Over' },
            { startDate: day('2026-06-02'), endDate: day('2026-06-02'), closed: true, note: 'I dag' },
          ],
        },
      },
    });
    measureId = measure.id;
    await db.prisma.measure.create({ data: { ...base, slug: 'dagkafe', name: 'Dagkafé', lastVerifiedAt: day('2025-12-02') } });
  });
  afterAll(() => db?.close());

  it('leaves out exceptions that ended yesterday in Oslo, on every page and in the API', async () => {
    const notes = (e: { note: string | null }[] | undefined) => e?.map((x) => x.note);
    expect(notes((await getPublishedMeasure('nattkafe', now, db.prisma))?.exceptions)).toEqual(['I dag']);
    expect(notes((await getListedMeasures(['nattkafe'], 'nb', now, db.prisma)).items[0]?.exceptions)).toEqual(['I dag']);
    expect(notes((await getOpenMeasure({ slug: 'nattkafe' }, now, db.prisma))?.exceptions)).toEqual(['I dag']);
    expect(notes((await getMeasurePreview(editor, measureId, now, db.prisma))?.exceptions)).toEqual(['I dag']);
  });

  it('holds stale what was verified more than six months before the Oslo date, on the list and the dashboard alike', async () => {
    const all = await listAdminMeasures(editor, adminMeasureQuerySchema.parse({}), now, db.prisma);
    expect(Object.fromEntries(all.rows.map((r) => [r.slug, r.stale]))).toEqual({ dagkafe: false, nattkafe: true });
    const stale = await listAdminMeasures(editor, adminMeasureQuerySchema.parse({ stale: '1' }), now, db.prisma);
    expect(stale.rows.map((r) => r.slug)).toEqual(['nattkafe']);
    const dashboard = await getDashboard(editor, db.prisma, now);
    expect(dashboard.stale.items.map((m) => m.slug)).toEqual(['nattkafe']);
  });
});
