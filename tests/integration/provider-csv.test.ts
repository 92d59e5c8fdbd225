// Providers in the CSV export and import (lib/admin/provider-csv.ts): the contact for listing
// updates and its language go out and come back, every change is audited, and a bad file
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportProvidersCsv, importProvidersCsv, PROVIDER_CSV_COLUMNS } from '@/lib/admin/provider-csv';
import { parseCsv, toCsv } from '@/lib/csv';
import { seedDemoData } from '@/lib/db/seed';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

describe.each(databaseKinds)('provider CSV on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    const provider = await db.prisma.provider.findFirstOrThrow({ where: { slug: 'alf-as' } });
    actors = await createActors(db.prisma, provider.id);
  });
  afterAll(() => db?.close());

  const exported = async () => {
    const parsed = parseCsv((await exportProvidersCsv(db.prisma, actors.editor))!);
    if (!parsed.ok) throw new Error('unreadable CSV');
    const [header, ...rows] = parsed.records.map((r) => r.values);
    const col = (name: string) => header!.indexOf(name);
    return { header: header!, rows, col, row: (slug: string) => [...rows.find((r) => r[col('slug')] === slug)!] };
  };
  const providerAudits = () => db.prisma.auditEntry.count({ where: { entityType: 'provider' } });

  it('exports every provider and imports the export back without changing anything; only for editors', async () => {
    const { header, rows } = await exported();
    expect(header).toEqual([...PROVIDER_CSV_COLUMNS]);
    expect(rows).toHaveLength(await db.prisma.provider.count());
    const before = await providerAudits();
    const again = await importProvidersCsv(db.prisma, actors.editor, toCsv([header, ...rows]), { apply: true });
    expect(again).toEqual({ ok: true, value: { rows: rows.length, created: 0, updated: 0, unchanged: rows.length, problems: [], applied: true } });
    expect(await providerAudits()).toBe(before);
    expect(await exportProvidersCsv(db.prisma, actors.provider)).toBeNull();
    expect(await importProvidersCsv(db.prisma, actors.provider, toCsv([header, ...rows]), { apply: true })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('round trip: the contact and language changed in the file are saved and audited as an import', async () => {
    const { header, col, row } = await exported();
    const changed = row('alf-as');
    changed[col('updatesEmail')] = ' oppdatering@alf.example ';
    changed[col('updatesLanguage')] = 'NN';
    const fresh = header.map(() => '');
    fresh[col('slug')] = 'ny-tilbyder';
    fresh[col('name')] = 'Ny tilbyder';
    fresh[col('type')] = 'NON_PROFIT';
    fresh[col('updatesLanguage')] = 'en';
    const text = toCsv([header, changed, fresh]);

    const dry = await importProvidersCsv(db.prisma, actors.editor, text, { apply: false });
    expect(dry).toMatchObject({ ok: true, value: { created: 1, updated: 1, problems: [], applied: false } });
    expect(await db.prisma.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } })).toMatchObject({ updatesLanguage: 'nb' });

    expect(await importProvidersCsv(db.prisma, actors.editor, text, { apply: true })).toMatchObject({ ok: true, value: { created: 1, updated: 1, applied: true } });
    const alf = await db.prisma.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } });
    expect(alf).toMatchObject({ updatesEmail: 'oppdatering@alf.example', updatesLanguage: 'nn' });
    expect(await db.prisma.provider.findUniqueOrThrow({ where: { slug: 'ny-tilbyder' } })).toMatchObject({ name: 'Ny tilbyder', updatesLanguage: 'en' });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityType: 'provider', entityId: alf.id }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ action: 'import', userEmail: 'editor-1@example.org' });
    expect(audit.changes).toEqual([
      { field: 'updatesEmail', before: null, after: 'oppdatering@alf.example' },
      { field: 'updatesLanguage', before: 'nb', after: 'nn' },
    ]);

    // The next export carries them; the old file is now stale for ALF and refused whole.
    expect((await exported()).row('alf-as')[col('updatesLanguage')]).toBe('nn');
    const stale = await importProvidersCsv(db.prisma, actors.editor, text, { apply: true });
    expect(stale.ok && stale.value.problems).toEqual([
      { line: 2, field: 'updatedAt', messages: ['stale'] },
      { line: 3, field: 'slug', messages: ['slugTaken'] },
    ]);
  });

  it('refuses the whole file for a bad email or language, naming line and field, and changes nothing', async () => {
    const { header, col, row, rows } = await exported();
    const good = row('alf-as');
    good[col('phone')] = '55 00 00 00';
    const badEmail = [...rows.find((r) => r[col('slug')] !== 'alf-as')!];
    badEmail[col('updatesEmail')] = 'ikke en adresse';
    const badLanguage = [...rows.find((r) => ![good, badEmail].some((o) => o[col('slug')] === r[col('slug')]))!];
    badLanguage[col('updatesLanguage')] = 'sv';
    // A slug nobody has, with a lock token: its provider was renamed or deleted since the export.
    const gone = [...badLanguage];
    gone[col('slug')] = 'finnes-ikke';
    gone[col('updatesLanguage')] = 'nb';
    const before = await providerAudits();

    const report = await importProvidersCsv(db.prisma, actors.editor, toCsv([header, good, badEmail, badLanguage, gone]), { apply: true });
    expect(report).toMatchObject({ ok: true, value: { applied: false } });
    expect(report.ok && report.value.problems).toEqual([
      { line: 3, field: 'updatesEmail', messages: ['email'] },
      { line: 4, field: 'updatesLanguage', messages: ['language'] },
      { line: 5, field: 'slug', messages: ['notFound'] },
    ]);
    expect((await db.prisma.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } })).phone).not.toBe('55 00 00 00');
    expect(await db.prisma.provider.findUnique({ where: { slug: 'finnes-ikke' } })).toBeNull();
    expect(await providerAudits()).toBe(before);

    const unknownColumn = await importProvidersCsv(db.prisma, actors.editor, 'slug;name;type;colour\r\n', { apply: false });
    expect(unknownColumn).toMatchObject({ ok: true, value: { problems: [{ line: 1, field: 'colour', messages: ['unknownColumn'] }] } });
  });

  it('writes a provider name a spreadsheet would run as a formula as text, and an import gets the name back', async () => {
    const name = '=HYPERLINK("https://example.org","Klikk")';
    await db.prisma.provider.update({ where: { slug: 'alf-as' }, data: { name } });
    const csv = (await exportProvidersCsv(db.prisma, actors.editor))!;
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    const { row, col } = await exported();
    expect(row('alf-as')[col('name')]).toBe(name);
    expect(await importProvidersCsv(db.prisma, actors.editor, csv, { apply: true })).toMatchObject({ ok: true, value: { updated: 0, problems: [] } });
    expect((await db.prisma.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } })).name).toBe(name);
  });
});
