'use server';
import { z } from 'zod';
import { importMeasuresCsv, type ImportReport } from '@/lib/admin/measure-csv';
import { EDITORS } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { revalidatePublicPages } from '@/lib/cache';
import { getPrisma } from '@/lib/db';

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; error: 'noFile' | 'tooLarge' | 'invalid' }
  /** Checked (dry run) or applied; `csv` is carried to the "apply" step of a clean check. */
  | { status: 'checked' | 'applied'; report: ImportReport; csv: string | null };

const MAX_IMPORT_BYTES = 900_000;

const importSchema = z.object({
  intent: z.enum(['check', 'apply']),
  file: z.instanceof(File).optional(),
  csv: z.string().max(MAX_IMPORT_BYTES, { error: 'tooLarge' }).optional(),
});

/** Upload → dry-run report of every row's problems → apply all in one transaction, or none. */
export async function importMeasuresAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await requireActor(EDITORS);
  const parsed = importSchema.safeParse({
    intent: formData.get('intent'),
    file: formData.get('file') ?? undefined,
    csv: formData.get('csv') ?? undefined,
  });
  if (!parsed.success) return { status: 'error', error: parsed.error.issues.some((i) => i.message === 'tooLarge') ? 'tooLarge' : 'invalid' };
  const { intent, file, csv } = parsed.data;
  if (file && file.size > MAX_IMPORT_BYTES) return { status: 'error', error: 'tooLarge' };
  const text = file && file.size > 0 ? await file.text() : csv;
  if (!text) return { status: 'error', error: 'noFile' };

  const result = await importMeasuresCsv(getPrisma(), actor, text, { apply: intent === 'apply' });
  if (!result.ok) return { status: 'error', error: 'invalid' };
  const report = result.value;
  if (report.applied) {
    revalidatePublicPages();
    return { status: 'applied', report, csv: null };
  }
  return { status: 'checked', report, csv: report.problems.length === 0 ? text : null };
}
