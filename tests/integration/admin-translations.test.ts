import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHistory } from '@/lib/data/history';
import { listChangeRequests } from '@/lib/data/change-requests';
import { approveChangeRequest } from '@/lib/services/change-requests';
import { parseCsv, toCsv } from '@/lib/csv';
import { exportMeasuresCsv, importMeasuresCsv } from '@/lib/admin/measure-csv';
import { loadMeasureSnapshot } from '@/lib/data/measures';
import { createMeasure, restoreMeasureVersion, setMeasureStatus, updateMeasure } from '@/lib/services/measures';
import { EMPTY_QUERY } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import { getPublishedMeasure } from '@/lib/data/measures';
import { TRANSLATION_FIELDS } from '@/lib/i18n/content';
import { toFieldErrors } from '@/lib/validation/form-data';
import { measureValuesFromForm, measureUpdateSchema } from '@/lib/validation/measure';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import nn from '@/messages/nn.json';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { asUpdate, createActors, measureInput } from './admin-fixtures';

const ok = <T,>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};

describe('translation fields in the measure schema', () => {
  it('are optional, blank means "not translated", and have the Bokmål fields\' limits', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: 'Turgruppe', summary: 'Tur.', providerId: '00000000-0000-4000-8000-000000000000', kind: 'ACTIVITY', slug: 'tur', version: '1' })) form.set(k, v);
    form.set('nameEn', '  Hiking group ');
    form.set('summaryNn', '   ');
    const parsed = measureUpdateSchema.parse(measureValuesFromForm(form));
    expect(parsed).toMatchObject({ nameEn: 'Hiking group', summaryNn: null, nameNn: null, howToStartEn: null, descriptionNn: null });

    const tooLong = measureUpdateSchema.safeParse({ ...parsed, nameNn: 'x'.repeat(201), summaryEn: 'x'.repeat(501), howToStartNn: 'x'.repeat(2001), descriptionEn: 'x'.repeat(10_000) });
    expect(tooLong.success).toBe(false);
    expect(toFieldErrors(tooLong.error!)).toEqual({ nameNn: ['tooLong'], summaryEn: ['tooLong'], howToStartNn: ['tooLong'] });
    expect(measureUpdateSchema.safeParse({ ...parsed, nameEn: 42 }).success).toBe(false);
  });

  it('have a label in every language, for the form, history and diffs', () => {
    for (const messages of [nb, nn, en]) {
      const labels = messages.AdminEdit.fields as Record<string, string>;
      for (const field of TRANSLATION_FIELDS) expect(labels[field], field).toBeTruthy();
    }
  });
});

describe.each(databaseKinds)('saving translations through the admin services on $kind', ({ create }) => {
  let db: TestDatabase;
  let providerId: string;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    providerId = (await db.prisma.provider.create({ data: { slug: 'turlaget', name: 'Turlaget', type: 'VOLUNTARY' } })).id;
    actors = await createActors(db.prisma, providerId);
  });
  afterAll(() => db?.close());

  it('stores, audits, publishes and restores them like any other field', async () => {
    const input = measureInput(providerId, { name: 'Fjelltur', slug: 'fjelltur', description: 'Vi går i fjellet.' });
    const { id } = ok(await createMeasure(db.prisma, actors.editor, input));
    const translated = asUpdate(input, 'fjelltur', 1, { nameEn: 'Mountain hike', summaryEn: 'Hikes every week.', descriptionNn: 'Vi går i fjellet.', howToStartNn: '' });
    ok(await updateMeasure(db.prisma, actors.editor, id, translated));

    const stored = (await loadMeasureSnapshot(db.prisma, id))!;
    expect(stored).toMatchObject({ version: 2, nameEn: 'Mountain hike', summaryEn: 'Hikes every week.', descriptionNn: 'Vi går i fjellet.', howToStartNn: null, nameNn: null });
    const [update] = await listHistory('measure', id, db.prisma);
    expect(update!.changes).toEqual([
      { field: 'descriptionNn', before: null, after: 'Vi går i fjellet.' },
      { field: 'nameEn', before: null, after: 'Mountain hike' },
      { field: 'summaryEn', before: null, after: 'Hikes every week.' },
    ]);

    // Published: the public page gets them, and the English name is searchable.
    ok(await setMeasureStatus(db.prisma, actors.editor, id, { status: 'PUBLISHED', version: 2 }));
    expect(await getPublishedMeasure('fjelltur', new Date(), db.prisma)).toMatchObject({ name: 'Fjelltur', nameEn: 'Mountain hike', descriptionNn: 'Vi går i fjellet.', descriptionEn: null });
    const found = await searchCatalogue({ ...EMPTY_QUERY, q: 'mountain' }, new Date(), db.prisma);
    expect(found.items.map((i) => [i.slug, i.nameEn])).toEqual([['fjelltur', 'Mountain hike']]);

    // A stale save that only touches a translation is refused and names that field.
    const stale = await updateMeasure(db.prisma, actors.editor2, id, asUpdate(input, 'fjelltur', 1, { nameEn: 'Fell walk' }));
    if (stale.ok || stale.error !== 'conflict') throw new Error('expected a conflict');
    expect(stale.conflict.changes).toContainEqual({ field: 'nameEn', theirs: 'Mountain hike', yours: 'Fell walk' });

    // Back to the version before the translations, then forward again.
    const entries = await listHistory('measure', id, db.prisma);
    const created = entries.find((e) => e.action === 'create')!;
    ok(await restoreMeasureVersion(db.prisma, actors.editor, id, { entryId: created.id, version: 3 }));
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ version: 4, nameEn: null, summaryEn: null, descriptionNn: null });
    const translatedEntry = entries.find((e) => e.version === 2)!;
    ok(await restoreMeasureVersion(db.prisma, actors.editor, id, { entryId: translatedEntry.id, version: 4 }));
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ version: 5, nameEn: 'Mountain hike', descriptionNn: 'Vi går i fjellet.' });
  });

  it('restores a version saved before translations existed, as untranslated', async () => {
    const input = measureInput(providerId, { name: 'Gammel', slug: 'gammel', nameNn: 'Gamal' });
    const { id } = ok(await createMeasure(db.prisma, actors.editor, input));
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: id } });
    // Snapshots written before this change have no translation keys at all.
    const legacy = Object.fromEntries(Object.entries(entry.snapshot as Record<string, unknown>).filter(([k]) => !(TRANSLATION_FIELDS as string[]).includes(k)));
    await db.prisma.auditEntry.update({ where: { id: entry.id }, data: { snapshot: legacy as object } });
    ok(await updateMeasure(db.prisma, actors.editor, id, asUpdate(input, 'gammel', 1, { summary: 'Ny tekst.' })));
    ok(await restoreMeasureVersion(db.prisma, actors.editor, id, { entryId: entry.id, version: 2 }));
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ version: 3, summary: input.summary, nameNn: null });
  });

  it('lets a provider propose a translation, shown as a diff and applied on approval', async () => {
    const input = measureInput(providerId, { name: 'Kafé', slug: 'kafe' });
    const { id } = ok(await createMeasure(db.prisma, actors.editor, input));
    const proposed = ok(await updateMeasure(db.prisma, actors.provider, id, asUpdate(input, 'kafe', 1, { summaryNn: 'Kaffi og prat.' })));
    if (proposed.kind !== 'proposed') throw new Error('expected a proposal');
    const [view] = (await listChangeRequests(actors.editor, 'PENDING', db.prisma)).filter((r) => r.id === proposed.changeRequestId);
    expect(view!.diff).toEqual([{ field: 'summaryNn', before: null, after: 'Kaffi og prat.' }]);
    ok(await approveChangeRequest(db.prisma, actors.editor, proposed.changeRequestId));
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ version: 2, summaryNn: 'Kaffi og prat.' });
  });

  it('exports translations to CSV and imports changes to them', async () => {
    const input = measureInput(providerId, { name: 'Regneark', slug: 'regneark', nameEn: 'Spreadsheet' });
    const { id } = ok(await createMeasure(db.prisma, actors.editor, input));
    const parsed = parseCsv((await exportMeasuresCsv(db.prisma, actors.editor))!);
    if (!parsed.ok) throw new Error('unreadable CSV');
    const [header, ...rows] = parsed.records.map((r) => r.values);
    const col = (name: string) => header!.indexOf(name);
    for (const field of TRANSLATION_FIELDS) expect(col(field), field).toBeGreaterThan(0);
    const row = rows.find((r) => r[col('id')] === id)!;
    expect(row[col('nameEn')]).toBe('Spreadsheet');
    expect(row[col('nameNn')]).toBe('');

    row[col('nameEn')] = '';
    row[col('howToStartNn')] = 'Send ein e-post.';
    const report = ok(await importMeasuresCsv(db.prisma, actors.editor, toCsv([header!, row]), { apply: true }));
    expect(report).toMatchObject({ updated: 1, problems: [], applied: true });
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ nameEn: null, howToStartNn: 'Send ein e-post.' });

    row[col('version')] = '2';
    row[col('summaryEn')] = 'x'.repeat(501);
    const refused = ok(await importMeasuresCsv(db.prisma, actors.editor, toCsv([header!, row]), { apply: true }));
    expect(refused).toMatchObject({ applied: false, problems: [{ line: 2, field: 'summaryEn', messages: ['tooLong'] }] });
  });
});
