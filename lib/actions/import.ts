'use server';
import { z } from 'zod';
import { importMeasuresCsv, type ImportReport } from '@/lib/admin/measure-csv';
import { importProvidersCsv } from '@/lib/admin/provider-csv';
import { EDITORS, type Actor, type Db, type Result } from '@/lib/services/types';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { FieldErrors } from '@/lib/validation/form-data';
import { formAction } from './safe-action';
import type { FormState } from './state';

/** Checked (dry run) or `applied`; `csv` is carried to the "apply" step of a clean check. */
export type ImportState = FormState<{ report?: ImportReport; csv?: string | null; applied?: boolean }>;

const MAX_IMPORT_BYTES = 900_000;

const importSchema = z.object({
  intent: z.enum(['check', 'apply']),
  csv: z.string().max(MAX_IMPORT_BYTES, { error: 'tooLarge' }).optional(),
});

type Importer = (db: Db, actor: Actor, text: string, options: { apply: boolean }) => Promise<Result<ImportReport>>;

const invalid = (fieldErrors: FieldErrors): ImportState => ({ status: 'error', formError: fieldErrors.csv?.includes('tooLarge') ? 'tooLarge' : 'invalid' });

/** Upload → dry-run report of every row's problems → apply all in one transaction, or none. */
async function runImport(importer: Importer, actor: Actor, { intent, csv }: z.output<typeof importSchema>, formData: FormData): Promise<ImportState> {
  // The uploaded file is no text field, so it is read here rather than by the schema.
  const file = formData.get('file');
  if (file instanceof File && file.size > MAX_IMPORT_BYTES) return { status: 'error', formError: 'tooLarge' };
  const text = file instanceof File && file.size > 0 ? await file.text() : csv;
  if (!text) return { status: 'error', formError: 'noFile' };
  const result = await importer(getPrisma(), actor, text, { apply: intent === 'apply' });
  if (!result.ok) return { status: 'error', formError: 'invalid' };
  const report = result.value;
  if (report.applied) {
    // Measure pages show their provider's details, so either import touches both.
    publicDataChanged(CacheTag.measures, CacheTag.providers);
    return { status: 'done', report, applied: true, csv: null };
  }
  return { status: 'done', report, csv: report.problems.length === 0 ? text : null };
}

export const importMeasuresAction = formAction(
  { access: { roles: EDITORS }, input: importSchema, invalid },
  async ({ actor, input, formData }): Promise<ImportState> => runImport(importMeasuresCsv, actor, input, formData),
);

export const importProvidersAction = formAction(
  { access: { roles: EDITORS }, input: importSchema, invalid },
  async ({ actor, input, formData }): Promise<ImportState> => runImport(importProvidersCsv, actor, input, formData),
);
