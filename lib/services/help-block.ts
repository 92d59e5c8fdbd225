// Changing "Trenger du hjelp nå?", one language at a time. The row's version is the lock
// token; the audit entry (entity "help_block", id the locale) keeps each field before and
// after and the whole block after, so no earlier text is ever lost.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/i18n/routing';
import { helpEntrySchema, type HelpBlockContent, type HelpBlockUpdateInput } from '@/lib/validation/help-block';
import { diffFields, writeAudit } from './audit';
import { forbidden, isEditor, type Actor, type Db, type Failure, type Result, type Tx } from './types';

const FIELDS = ['heading', 'intro', 'entries'] as const satisfies readonly (keyof HelpBlockContent)[];

export interface HelpBlockSnapshot extends HelpBlockContent {
  locale: Locale;
  version: number;
}

async function load(tx: Tx, locale: Locale): Promise<HelpBlockSnapshot | null> {
  const row = await tx.helpBlock.findUnique({ where: { locale } });
  if (!row) return null;
  const entries = helpEntrySchema.array().safeParse(row.entries);
  return { locale, heading: row.heading, intro: row.intro, entries: entries.success ? entries.data : [], version: row.version };
}

const columns = (c: HelpBlockContent) => ({ heading: c.heading, intro: c.intro, entries: c.entries as unknown as Prisma.InputJsonValue });

/**
 * Saves one language's block. A language not yet in the database is created (version 1);
 * otherwise the caller must name the version they started from.
 */
export async function saveHelpBlock(db: Db, actor: Actor, locale: Locale, input: HelpBlockUpdateInput): Promise<Result<{ version: number }>> {
  if (!isEditor(actor)) return forbidden;
  const { version, ...content } = input;
  return db.$transaction(async (tx): Promise<Result<{ version: number }>> => {
    const before = await load(tx, locale);
    const conflict = (current: HelpBlockSnapshot): Failure => ({
      ok: false,
      error: 'conflict',
      conflict: {
        currentVersion: String(current.version),
        changes: diffFields(content, current, FIELDS).map((c) => ({ field: c.field, theirs: c.after, yours: c.before })),
      },
    });
    if (!before) {
      await tx.helpBlock.create({ data: { locale, ...columns(content) } });
      const after = (await load(tx, locale))!;
      await writeAudit(tx, actor, { entityType: 'help_block', entityId: locale, action: 'create', changes: diffFields(null, after, FIELDS), snapshot: after, version: after.version });
      return { ok: true, value: { version: after.version } };
    }
    if (before.version !== version) return conflict(before);
    const changes = diffFields(before, content, FIELDS);
    if (changes.length === 0) return { ok: true, value: { version: before.version } };
    const { count } = await tx.helpBlock.updateMany({ where: { locale, version }, data: { ...columns(content), version: { increment: 1 } } });
    if (count === 0) return conflict((await load(tx, locale))!);
    const after = (await load(tx, locale))!;
    await writeAudit(tx, actor, { entityType: 'help_block', entityId: locale, action: 'update', changes: diffFields(before, after, FIELDS), snapshot: after, version: after.version });
    return { ok: true, value: { version: after.version } };
  });
}
