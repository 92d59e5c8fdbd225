import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHistory } from '@/lib/data/history';
import { parseCsv, toCsv } from '@/lib/csv';
import { CSV_COLUMNS, exportMeasuresCsv, importMeasuresCsv } from '@/lib/admin/measure-csv';
import { loadMeasureSnapshot } from '@/lib/data/measures';
import { seedDemoData } from '@/lib/db/seed';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

describe('CSV format', () => {
  it('quotes separators, quotes and line breaks, and reads them back', () => {
    const rows = [['a;b', 'say "hi"', 'line\nbreak', '', 'æøå'], ['1', '2', '3', '4', '5']];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed).toEqual({ ok: true, records: [{ line: 1, values: rows[0] }, { line: 3, values: rows[1] }] });
    expect(parseCsv('a,b\r\n1,"2,3"\r\n')).toEqual({ ok: true, records: [{ line: 1, values: ['a', 'b'] }, { line: 2, values: ['1', '2,3'] }] });
    expect(parseCsv('a;b\n"open;x\n')).toMatchObject({ ok: false, error: 'unclosedQuote', line: 2 });
  });
});

describe.each(databaseKinds)('measure CSV on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    const provider = await db.prisma.provider.findFirstOrThrow({ where: { slug: 'alf-as' } });
    actors = await createActors(db.prisma, provider.id);
  });
  afterAll(() => db?.close());

  const records = (text: string) => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error('unreadable CSV');
    return parsed.records.map((r) => r.values);
  };

  it('exports every measure and imports the export back without changing anything', async () => {
    const csv = (await exportMeasuresCsv(db.prisma, actors.editor))!;
    const [header, ...rows] = records(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(await db.prisma.measure.count());
    const withHours = rows.find((r) => r[header!.indexOf('openingHours')] !== '')!;
    expect(withHours[header!.indexOf('openingHours')]).toMatch(/^[1-7] \d\d:\d\d-\d\d:\d\d/);
    const dry = await importMeasuresCsv(db.prisma, actors.editor, csv, { apply: false });
    expect(dry).toEqual({ ok: true, value: { rows: rows.length, created: 0, updated: 0, unchanged: rows.length, problems: [], applied: false } });
    expect(await exportMeasuresCsv(db.prisma, actors.provider)).toBeNull();
  });

  it('writes cells a spreadsheet would run as formulas as text, and an import gets the values back', async () => {
    const measure = await db.prisma.measure.findFirstOrThrow({ orderBy: { slug: 'asc' } });
    const values = { summary: '=HYPERLINK("https://example.org","Klikk")', contactPhone: '+47 55 56 57 58', howToStart: '@SUM(1)', sourceNote: "-1 og '=2" };
    await db.prisma.measure.update({ where: { id: measure.id }, data: values });
    const csv = (await exportMeasuresCsv(db.prisma, actors.editor))!;
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(";'+47 55 56 57 58;");
    expect(csv).toContain(";'@SUM(1);");
    const [header, ...rows] = records(csv);
    const row = rows.find((r) => r[header!.indexOf('id')] === measure.id)!;
    for (const [field, value] of Object.entries(values)) expect(row[header!.indexOf(field)]).toBe(value);
    const again = await importMeasuresCsv(db.prisma, actors.editor, csv, { apply: true });
    expect(again).toMatchObject({ ok: true, value: { updated: 0, unchanged: rows.length, problems: [] } });
    expect(await db.prisma.measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject(values);
  });

  it('checks a changed file in a dry run, then applies it in one audited transaction', async () => {
    const [header, ...rows] = records((await exportMeasuresCsv(db.prisma, actors.editor))!);
    const col = (name: string) => header!.indexOf(name);
    const row = [...rows[0]!];
    const id = row[col('id')]!;
    row[col('summary')] = 'Endret i regneark; med "sitat".';
    row[col('dropIn')] = 'unknown';
    row[col('openingHours')] = '1 09:00-15:00; 1 17:00-20:00; 6 22:00-02:00+1 2026-06-01..2026-08-31';
    const fresh = [...row];
    fresh[col('id')] = '';
    fresh[col('version')] = '';
    fresh[col('slug')] = 'ny-fra-csv';
    fresh[col('name')] = 'Ny fra CSV';
    const text = toCsv([header!, row, fresh]);

    const dry = await importMeasuresCsv(db.prisma, actors.editor, text, { apply: false });
    expect(dry).toMatchObject({ ok: true, value: { created: 1, updated: 1, problems: [], applied: false } });
    expect(await db.prisma.measure.findUnique({ where: { slug: 'ny-fra-csv' } })).toBeNull();

    const applied = await importMeasuresCsv(db.prisma, actors.editor, text, { apply: true });
    expect(applied).toMatchObject({ ok: true, value: { created: 1, updated: 1, applied: true } });
    const changed = (await loadMeasureSnapshot(db.prisma, id))!;
    expect(changed).toMatchObject({ summary: 'Endret i regneark; med "sitat".', dropIn: null });
    expect(changed.openingHours).toEqual([
      { weekday: 1, opensAt: 540, closesAt: 900, validFrom: null, validTo: null },
      { weekday: 1, opensAt: 1020, closesAt: 1200, validFrom: null, validTo: null },
      { weekday: 6, opensAt: 1320, closesAt: 120, validFrom: '2026-06-01', validTo: '2026-08-31' },
    ]);
    expect((await listHistory('measure', id, db.prisma))[0]).toMatchObject({ action: 'import', userEmail: 'editor-1@example.org' });

    // The same file again is now stale for the updated row: refused, nothing applied.
    const again = await importMeasuresCsv(db.prisma, actors.editor, text, { apply: true });
    expect(again).toMatchObject({ ok: true, value: { applied: false } });
    if (!again.ok) throw new Error();
    expect(again.value.problems).toEqual([
      { line: 2, field: 'version', messages: ['stale'] },
      { line: 3, field: 'slug', messages: ['slugTaken'] },
    ]);
  });

  it('applies nothing when one row is invalid, and reports that row and field', async () => {
    const [header, ...rows] = records((await exportMeasuresCsv(db.prisma, actors.editor))!);
    const col = (name: string) => header!.indexOf(name);
    const good = [...rows[1]!];
    const goodId = good[col('id')]!;
    good[col('name')] = 'Skal ikke lagres';
    const bad = [...rows[2]!];
    bad[col('kind')] = 'PICNIC';
    bad[col('ageMin')] = 'tolv';
    bad[col('provider')] = 'finnes-ikke';
    const badHours = [...rows[3]!];
    badHours[col('openingHours')] = 'mandag 9-15';
    const before = await db.prisma.auditEntry.count();

    const report = await importMeasuresCsv(db.prisma, actors.editor, toCsv([header!, good, bad, badHours]), { apply: true });
    if (!report.ok) throw new Error();
    expect(report.value.applied).toBe(false);
    expect(report.value.problems).toEqual([
      { line: 3, field: 'provider', messages: ['unknownProvider'] },
      { line: 4, field: 'openingHours', messages: ['hoursFormat'] },
    ]);
    bad[col('provider')] = good[col('provider')]!;
    const second = await importMeasuresCsv(db.prisma, actors.editor, toCsv([header!, good, bad]), { apply: true });
    if (!second.ok) throw new Error();
    expect(second.value.problems).toEqual([
      { line: 3, field: 'kind', messages: ['invalid'] },
      { line: 3, field: 'ageMin', messages: ['number'] },
    ]);
    expect((await loadMeasureSnapshot(db.prisma, goodId))!.name).not.toBe('Skal ikke lagres');
    expect(await db.prisma.auditEntry.count()).toBe(before);

    const unknownColumn = await importMeasuresCsv(db.prisma, actors.editor, 'name;summary;kind;provider;colour\r\n', { apply: false });
    expect(unknownColumn).toMatchObject({ ok: true, value: { problems: [{ line: 1, field: 'colour', messages: ['unknownColumn'] }] } });
  });
});
