// Providers as CSV, the companion of lib/admin/measure-csv.ts (same file format, same
// check-then-apply import in one transaction). A row is matched by its slug: a known slug
// updates that provider, checked against the updatedAt column (providers have no version
// column; it is the admin form's lock token too); an unknown slug with an empty updatedAt
// creates a provider. Changes go through lib/services/providers.ts, so each is audited.
import { parseCsv, toCsv } from '@/lib/csv';
import { PROVIDER_TRANSLATION_FIELDS } from '@/lib/i18n/content';
import { createProviderTx, updateProviderTx } from '@/lib/services/providers';
import { isEditor, type Actor, type Db, type Result, type Tx } from '@/lib/services/types';
import { toFieldErrors, type FieldErrors } from '@/lib/validation/form-data';
import { providerCreateSchema, providerUpdateSchema } from '@/lib/validation/provider';
import { readCsvTable, type ImportReport } from './measure-csv';

const CONTENT_COLUMNS = ['name', 'type', 'description', ...PROVIDER_TRANSLATION_FIELDS, 'phone', 'email', 'website', 'updatesEmail', 'updatesLanguage'] as const;
export const PROVIDER_CSV_COLUMNS = ['slug', 'updatedAt', ...CONTENT_COLUMNS] as const;
const REQUIRED_COLUMNS = ['slug', 'name', 'type'];

export async function exportProvidersCsv(db: Db, actor: Actor): Promise<string | null> {
  if (!isEditor(actor)) return null;
  const providers = await db.provider.findMany({ orderBy: { slug: 'asc' } });
  const rows = providers.map((p) => [p.slug, p.updatedAt.toISOString(), ...CONTENT_COLUMNS.map((c) => p[c] ?? '')]);
  return toCsv([[...PROVIDER_CSV_COLUMNS], ...rows]);
}

// The schema's "invalid" for the language says too little in a file report.
function rowErrors(errors: FieldErrors): FieldErrors {
  return errors.updatesLanguage ? { ...errors, updatesLanguage: ['language'] } : errors;
}

class Rollback extends Error {}

/** Checks every row (dry run) or applies them all in one transaction; never half. */
export async function importProvidersCsv(db: Db, actor: Actor, text: string, { apply }: { apply: boolean }): Promise<Result<ImportReport>> {
  if (!isEditor(actor)) return { ok: false, error: 'forbidden' };
  const table = readCsvTable(text, PROVIDER_CSV_COLUMNS, REQUIRED_COLUMNS);
  if ('refused' in table) return { ok: true, value: table.refused };
  const { header, records, report } = table;
  const add = (line: number, errors: FieldErrors) => {
    for (const [field, messages] of Object.entries(errors)) report.problems.push({ line, field, messages });
  };

  try {
    await db.$transaction(
      async (tx: Tx) => {
        for (const { line, values } of records) {
          const raw = Object.fromEntries(header.map((column, i) => [column, values[i] ?? '']));
          const slug = String(raw.slug).trim().toLowerCase();
          const existing = slug ? await tx.provider.findUnique({ where: { slug }, select: { id: true } }) : null;
          if (!existing) {
            // A lock token says the row came from an export: its provider is gone or renamed.
            if (String(raw.updatedAt ?? '').trim()) { add(line, { slug: ['notFound'] }); continue; }
            const input = providerCreateSchema.safeParse(raw);
            if (!input.success) { add(line, rowErrors(toFieldErrors(input.error))); continue; }
            const r = await createProviderTx(tx, actor, input.data, 'import');
            if (r.ok) report.created++;
            else add(line, r.error === 'invalid' ? r.fieldErrors : { _row: [r.error] });
            continue;
          }
          // No lock token means a new provider was meant, under a slug already in use.
          if (!String(raw.updatedAt ?? '').trim()) { add(line, { slug: ['slugTaken'] }); continue; }
          const input = providerUpdateSchema.safeParse(raw);
          if (!input.success) { add(line, rowErrors(toFieldErrors(input.error))); continue; }
          const r = await updateProviderTx(tx, actor, existing.id, input.data, 'import');
          if (!r.ok) add(line, r.error === 'invalid' ? r.fieldErrors : r.error === 'conflict' ? { updatedAt: ['stale'] } : { slug: [r.error] });
          else if (r.value.unchanged) report.unchanged++;
          else report.updated++;
        }
        if (report.problems.length > 0 || !apply) throw new Rollback();
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    report.applied = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { ok: true, value: report };
}
