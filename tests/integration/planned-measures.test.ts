// A measure marked as planned (announced, not started): set in the measure form, kept
// through the form's round trip and the CSV, and audited like any other field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureToFormValues } from '@/components/admin/forms/measure-values';
import { exportMeasuresCsv } from '@/lib/admin/measure-csv';
import { parseCsv } from '@/lib/csv';
import { listHistory } from '@/lib/data/history';
import { loadMeasureSnapshot } from '@/lib/data/measures';
import { createMeasure, updateMeasure } from '@/lib/services/measures';
import { measureUpdateSchema } from '@/lib/validation/measure';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors, measureInput } from './admin-fixtures';

describe.each(databaseKinds)('planned measures on $kind', ({ create }) => {
  let db: TestDatabase;
  let providerId: string;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    providerId = (await db.prisma.provider.create({ data: { slug: 'kommunen', name: 'Kommunen', type: 'MUNICIPAL' } })).id;
    actors = await createActors(db.prisma, providerId);
  });
  afterAll(() => db?.close());

  it('is ticked in the form, kept by a save that does not touch it, and its change is in the history', async () => {
    const created = await createMeasure(db.prisma, actors.editor, measureInput(providerId, { name: 'Recoveryskole', planned: 'on' }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const stored = (await loadMeasureSnapshot(db.prisma, created.value.id))!;
    expect(stored.planned).toBe(true);

    // The form shows it ticked; sent back as it is, nothing changes.
    const form = measureToFormValues(stored);
    expect(form.planned).toBe('on');
    const same = await updateMeasure(db.prisma, actors.editor, stored.id, measureUpdateSchema.parse(form));
    expect(same).toMatchObject({ ok: true, value: { kind: 'updated', version: 1 } });

    // The CSV carries it too, so an import of an export keeps it.
    const csv = parseCsv((await exportMeasuresCsv(db.prisma, actors.editor))!);
    if (!csv.ok) throw new Error('unreadable export');
    const [header, row] = csv.records.map((r) => r.values);
    expect(row![header!.indexOf('planned')]).toBe('yes');

    // Unticked (a checkbox left out of the post): no longer planned, audited.
    const { planned: _p, ...unticked } = form;
    const started = await updateMeasure(db.prisma, actors.editor, stored.id, measureUpdateSchema.parse(unticked));
    expect(started).toMatchObject({ ok: true, value: { kind: 'updated', version: 2 } });
    expect((await db.prisma.measure.findUniqueOrThrow({ where: { id: stored.id } })).planned).toBe(false);
    const [entry] = await listHistory('measure', stored.id, db.prisma);
    expect(entry!.changes).toEqual([{ field: 'planned', before: true, after: false }]);
  });
});
