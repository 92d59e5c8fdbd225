// "Trenger du hjelp nå?": the seeded numbers, editing with the audit log and the lock, the
// form's rules, and the relatives' offers with planned measures last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/lib/db/seed';
import { getHelpBlock } from '@/lib/data/help-block';
import { listHistory } from '@/lib/data/history';
import { listRelatedMeasures } from '@/lib/data/measures';
import { getProvider } from '@/lib/data/providers';
import { listRelativesMeasures } from '@/lib/data/relatives';
import { saveHelpBlock } from '@/lib/services/help-block';
import { formDataToObject } from '@/lib/validation/form-data';
import { helpBlockUpdateSchema } from '@/lib/validation/help-block';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

/** The admin form as a browser posts it. */
function posted(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return helpBlockUpdateSchema.safeParse(formDataToObject(form));
}

describe.each(databaseKinds)('help block on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    const provider = await db.prisma.provider.findFirstOrThrow();
    actors = await createActors(db.prisma, provider.id);
  });
  afterAll(() => db?.close());

  const row = (locale: string) => db.prisma.helpBlock.findUniqueOrThrow({ where: { locale } });

  it('is seeded in every language with 113, legevakt 116 117 and Fritid med bistand marked as demo data', async () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const block = await getHelpBlock(locale, db.prisma);
      expect(block, locale).not.toBeNull();
      const phones = block!.entries.map((e) => e.phone);
      expect(phones, locale).toEqual(expect.arrayContaining(['113', '116 117']));
      const fritid = block!.entries.find((e) => e.href?.endsWith('/fritid-med-bistand'));
      expect(fritid, locale).toMatchObject({ placeholder: true });
      // The national numbers are facts, not demo data.
      expect(block!.entries.filter((e) => e.phone).every((e) => !e.placeholder), locale).toBe(true);
    }
    expect((await getHelpBlock('nn', db.prisma))!.heading).toBe('Treng du hjelp no?');
  });

  it('saves an edit in one language with an audit entry, and refuses a stale version and a provider', async () => {
    const before = await row('nn');
    const input = posted({
      version: String(before.version),
      heading: 'Treng du hjelp med ein gong?',
      intro: '',
      'entries[0][label]': 'Medisinsk naudhjelp',
      'entries[0][phone]': '113',
      'entries[1][label]': 'Legevakt',
      'entries[1][phone]': '116 117',
      'entries[2][label]': '',
      'entries[2][phone]': '',
    });
    if (!input.success) throw new Error(JSON.stringify(input.error.issues));
    expect(await saveHelpBlock(db.prisma, actors.provider, 'nn', input.data)).toEqual({ ok: false, error: 'forbidden' });

    const saved = await saveHelpBlock(db.prisma, actors.editor, 'nn', input.data);
    expect(saved).toEqual({ ok: true, value: { version: before.version + 1 } });
    const after = await getHelpBlock('nn', db.prisma);
    expect(after).toMatchObject({ heading: 'Treng du hjelp med ein gong?', intro: null, version: before.version + 1 });
    expect(after!.entries).toHaveLength(2);
    // The other languages are their own rows and stay as they were.
    expect((await row('nb')).heading).toBe('Trenger du hjelp nå?');

    const [entry] = await listHistory('help_block', 'nn', db.prisma);
    expect(entry).toMatchObject({ action: 'update', userEmail: actors.editor.email, version: before.version + 1 });
    expect(entry!.changes.map((c) => c.field)).toEqual(['heading', 'intro', 'entries']);
    expect(entry!.changes[0]).toEqual({ field: 'heading', before: 'Treng du hjelp no?', after: 'Treng du hjelp med ein gong?' });
    // The removed contact is kept in the log: nothing an editor replaces is lost.
    expect(JSON.stringify(entry!.changes[2]!.before)).toContain('fritid-med-bistand');

    const stale = await saveHelpBlock(db.prisma, actors.editor2, 'nn', { ...input.data, heading: 'Noko anna' });
    expect(stale).toMatchObject({ ok: false, error: 'conflict', conflict: { currentVersion: String(before.version + 1) } });
    expect((await row('nn')).heading).toBe('Treng du hjelp med ein gong?');
    expect(await listHistory('help_block', 'nn', db.prisma)).toHaveLength(1);
  });

  it('refuses contacts that cannot be dialled or followed, and a block without contacts, changing nothing', async () => {
    const before = await row('en');
    const entriesBefore = await db.prisma.auditEntry.count({ where: { entityType: 'help_block' } });
    const bad = posted({
      version: String(before.version),
      heading: '',
      'entries[0][label]': 'Emergency',
      'entries[0][phone]': 'call 113 now',
      'entries[1][label]': 'Somewhere',
      'entries[1][href]': 'javascript:alert(1)',
      'entries[2][label]': 'Nothing to reach',
    });
    expect(bad.success).toBe(false);
    const paths = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(paths).toEqual({ heading: 'required', 'entries.0.phone': 'phone', 'entries.1.href': 'helpLink', 'entries.2.phone': 'phoneOrLink' });

    const empty = posted({ version: String(before.version), heading: 'Need help now?', 'entries[0][label]': '', 'entries[0][placeholder]': 'on' });
    expect(empty.success).toBe(false);
    expect(empty.error!.issues.map((i) => i.message)).toEqual(['helpEntries']);

    // Nothing reached the database: the action only calls the service with parsed input.
    expect(await row('en')).toEqual(before);
    expect(await db.prisma.auditEntry.count({ where: { entityType: 'help_block' } })).toBe(entriesBefore);
  });

  it('creates a language that is missing, with a create entry', async () => {
    await db.prisma.helpBlock.delete({ where: { locale: 'en' } });
    expect(await getHelpBlock('en', db.prisma)).toBeNull();
    const input = posted({ version: '1', heading: 'Need help now?', 'entries[0][label]': 'Medical emergency', 'entries[0][phone]': '113' });
    if (!input.success) throw new Error(JSON.stringify(input.error.issues));
    expect(await saveHelpBlock(db.prisma, actors.editor, 'en', input.data)).toEqual({ ok: true, value: { version: 1 } });
    expect((await listHistory('help_block', 'en', db.prisma)).map((h) => h.action)).toEqual(['create']);
  });

  it('lists the offers for relatives with the planned Bergen Recoveryskole last', async () => {
    const offers = await listRelativesMeasures(db.prisma);
    expect(offers.length).toBeGreaterThanOrEqual(4);
    expect(offers.at(-1)).toMatchObject({ slug: 'bergen-recoveryskole', name: 'Bergen Recoveryskole', planned: true });
    expect(offers.slice(0, -1).every((m) => !m.planned)).toBe(true);
    // Also on its provider's page, where it would come first by name.
    const provider = await getProvider('bergen-kommune', db.prisma);
    expect(provider!.measures.at(-1)).toMatchObject({ slug: 'bergen-recoveryskole', planned: true });
    // And among related measures, though it shares every category and the kind with this one.
    const related = await listRelatedMeasures({ slug: 'x', kind: 'ACTIVITY', categories: ['COURSES', 'SELF_HELP_PEER_SUPPORT'] }, 50, db.prisma);
    expect(related.at(-1)).toMatchObject({ slug: 'bergen-recoveryskole', planned: true });
    expect(related.slice(0, -1).every((m) => !m.planned)).toBe(true);
  });
});
