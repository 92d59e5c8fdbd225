// Measures as CSV, for editing many at once in a spreadsheet. Columns are the schema's
// field names; lists are "|"-separated enum values; yes/no/unknown for tri-state facts;
// opening hours as "1 09:00-15:00; 3 18:00-01:00+1 2026-06-01..2026-08-31" (ISO weekday,
// times, "+1" when it ends the next day, "!" to confirm a window over 16 hours, optional
// season); locations and exceptions as JSON (an exception's hours past midnight or over 16
// hours carry "overnight": true or "confirmLong": true). The provider is named by
// its slug. Rows with an id update that measure (checked against the version column);
// rows without one create a measure. An import is applied in one transaction or not at all.
// Cells a spreadsheet would run as formulas are written as text (lib/csv.ts).
import { formatMinutes } from '@/lib/domain/opening-hours';
import { triStateText } from '@/lib/validation/fields';
import { toFieldErrors, type FieldErrors } from '@/lib/validation/form-data';
import { measureCreateSchema, measureUpdateSchema, MEASURE_BOOLEAN_FIELDS, storedContentInput, windowChoices, type OpeningHoursInput } from '@/lib/validation/measure';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
// Cells a spreadsheet would run as formulas are written as text (lib/csv.ts).
import { parseCsv, toCsv, type CsvRecord } from '@/lib/csv';
import { listMeasureSnapshots, type MeasureSnapshot } from '@/lib/data/measures';
import { createMeasureTx, setMeasureStatusTx, updateMeasureTx } from '@/lib/services/measures';
import { isEditor, type Actor, type Db, type Result, type Tx } from '@/lib/services/types';

const LIST_FIELDS = ['categories', 'districts', 'targetGroups'] as const;
const JSON_FIELDS = ['locations', 'exceptions'] as const;
const TEXT_FIELDS = [
  'slug', 'name', 'summary', 'description', 'kind', 'ageMin', 'ageMax', 'gender', 'referralFrom', 'sobrietyRule',
  'priceText', 'howToStart', 'contactName', 'contactPhone', 'contactEmail', 'website', 'updatesEmail', 'hoursStatus', 'sourceNote',
  // Translations; an empty cell means "not translated".
  'nameNn', 'summaryNn', 'descriptionNn', 'howToStartNn', 'nameEn', 'summaryEn', 'descriptionEn', 'howToStartEn',
] as const satisfies readonly (keyof MeasureSnapshot)[];

export const CSV_COLUMNS = [
  'id', 'version', 'status', 'provider', ...TEXT_FIELDS, ...LIST_FIELDS, ...MEASURE_BOOLEAN_FIELDS,
  'hoursPlaceholder', 'planned', 'acceptsContactRequests', 'openingHours', ...JSON_FIELDS, 'lastVerifiedAt',
] as const;
const REQUIRED_COLUMNS = ['provider', 'name', 'summary', 'kind'];

export function formatHours(rows: OpeningHoursInput[]): string {
  return rows
    .map((h) => {
      const season = h.validFrom || h.validTo ? ` ${h.validFrom ?? ''}..${h.validTo ?? ''}` : '';
      const { overnight, confirmLong } = windowChoices(h);
      return `${h.weekday} ${formatMinutes(h.opensAt)}-${formatMinutes(h.closesAt)}${overnight ? '+1' : ''}${confirmLong ? '!' : ''}${season}`;
    })
    .join('; ');
}

/** The text form back into rows for the schema; null when a part cannot be read. */
export function parseHours(text: string): Record<string, string | null>[] | null {
  const rows = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([1-7])\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})(?:\s*(\+1))?(?:\s*(!))?(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/.exec(part);
    if (!m) return null;
    const [, weekday, opensAt, closesAt, nextDay, confirmed, validFrom, validTo] = m;
    rows.push({
      weekday: weekday!, opensAt: opensAt!, closesAt: closesAt!, overnight: nextDay ? 'yes' : 'no', confirmLong: confirmed ? 'yes' : 'no',
      validFrom: validFrom ?? null, validTo: validTo ?? null,
    });
  }
  return rows;
}

function toRow(m: MeasureSnapshot & { providerSlug: string }): string[] {
  const cell: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: m.id, version: String(m.version), status: m.status, provider: m.providerSlug,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, m[f] === null ? '' : String(m[f])])),
    ...Object.fromEntries(LIST_FIELDS.map((f) => [f, m[f].join('|')])),
    ...Object.fromEntries(MEASURE_BOOLEAN_FIELDS.map((f) => [f, triStateText(m[f])])),
    hoursPlaceholder: m.hoursPlaceholder ? 'yes' : 'no',
    planned: m.planned ? 'yes' : 'no',
    acceptsContactRequests: m.acceptsContactRequests ? 'yes' : 'no',
    openingHours: formatHours(m.openingHours),
    locations: m.locations.length ? JSON.stringify(m.locations) : '',
    exceptions: m.exceptions.length ? JSON.stringify(storedContentInput(m).exceptions) : '',
    lastVerifiedAt: m.lastVerifiedAt ?? '',
  } as Record<(typeof CSV_COLUMNS)[number], string>;
  return CSV_COLUMNS.map((c) => cell[c]);
}

export async function exportMeasuresCsv(db: Db, actor: Actor): Promise<string | null> {
  if (!isEditor(actor)) return null;
  return toCsv([[...CSV_COLUMNS], ...(await listMeasureSnapshots(db)).map(toRow)]);
}

export interface ImportProblem {
  /** The line of the file (1 is the header). */
  line: number;
  field: string;
  messages: string[];
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
  applied: boolean;
}

class Rollback extends Error {}

function rawRow(header: string[], values: string[], providerIds: Map<string, string>): { raw: Record<string, unknown>; problems: FieldErrors } {
  const raw: Record<string, unknown> = {};
  const problems: FieldErrors = {};
  header.forEach((column, i) => {
    const value = values[i] ?? '';
    if (column === 'provider') raw.providerId = providerIds.get(value.trim()) ?? (value.trim() ? 'unknown' : '');
    else if (column === 'openingHours') {
      const rows = parseHours(value);
      if (rows) raw.openingHours = rows;
      else problems.openingHours = ['hoursFormat'];
    } else if ((JSON_FIELDS as readonly string[]).includes(column)) {
      try {
        raw[column] = value.trim() ? JSON.parse(value) : [];
      } catch {
        problems[column] = ['json'];
      }
    } else raw[column] = value;
  });
  if (raw.providerId === 'unknown') problems.provider = ['unknownProvider'];
  return { raw, problems };
}

/**
 * Reads an import file's table: its header checked against the known and required columns.
 * A file that cannot be read, or has unknown or missing columns, gives a report that refuses it.
 */
export function readCsvTable(
  text: string,
  columns: readonly string[],
  required: readonly string[],
): { refused: ImportReport } | { header: string[]; records: CsvRecord[]; report: ImportReport } {
  const parsed = parseCsv(text);
  const report: ImportReport = { rows: 0, created: 0, updated: 0, unchanged: 0, problems: [], applied: false };
  if (!parsed.ok) return { refused: { ...report, problems: [{ line: parsed.line, field: '_file', messages: [parsed.error] }] } };
  const [head, ...records] = parsed.records;
  const header = (head?.values ?? []).map((h) => h.trim());
  const unknown = header.filter((h) => !columns.includes(h));
  const missing = required.filter((c) => !header.includes(c));
  if (!head || unknown.length || missing.length) {
    const problems = [...unknown.map((c) => ({ line: 1, field: c, messages: ['unknownColumn'] })), ...missing.map((c) => ({ line: 1, field: c, messages: ['missingColumn'] }))];
    return { refused: { ...report, problems: problems.length ? problems : [{ line: 1, field: '_file', messages: ['empty'] }] } };
  }
  report.rows = records.length;
  return { header, records, report };
}

/** Checks every row (dry run) or applies them all in one transaction; never half. */
export async function importMeasuresCsv(db: Db, actor: Actor, text: string, { apply }: { apply: boolean }): Promise<Result<ImportReport>> {
  if (!isEditor(actor)) return { ok: false, error: 'forbidden' };
  const table = readCsvTable(text, CSV_COLUMNS, REQUIRED_COLUMNS);
  if ('refused' in table) return { ok: true, value: table.refused };
  const { header, records, report } = table;
  const providerIds = new Map((await db.provider.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
  const add = (line: number, errors: FieldErrors) => {
    for (const [field, messages] of Object.entries(errors)) report.problems.push({ line, field, messages });
  };

  try {
    await db.$transaction(
      async (tx: Tx) => {
        for (const { line, values } of records) {
          const { raw, problems } = rawRow(header, values, providerIds);
          if (Object.keys(problems).length) { add(line, problems); continue; }
          const id = String(raw.id ?? '').trim();
          const status = String(raw.status ?? '').trim().toUpperCase() as PublicationStatus | '';
          if (status && !['DRAFT', 'PUBLISHED', 'ARCHIVED'].includes(status)) { add(line, { status: ['invalid'] }); continue; }
          if (!id) {
            const input = measureCreateSchema.safeParse(raw);
            if (!input.success) { add(line, toFieldErrors(input.error)); continue; }
            const r = await createMeasureTx(tx, actor, input.data, 'import', status || 'DRAFT');
            if (r.ok) report.created++;
            else add(line, r.error === 'invalid' ? r.fieldErrors : { _row: [r.error] });
            continue;
          }
          const input = measureUpdateSchema.safeParse(raw);
          if (!input.success) { add(line, toFieldErrors(input.error)); continue; }
          const r = await updateMeasureTx(tx, actor, id, input.data, 'import');
          if (!r.ok) {
            add(line, r.error === 'invalid' ? r.fieldErrors : r.error === 'conflict' ? { version: ['stale'] } : { id: [r.error] });
            continue;
          }
          const current = await tx.measure.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
          let changed = !r.value.unchanged;
          if (status && status !== current.status) {
            const s = await setMeasureStatusTx(tx, actor, id, { status, version: current.version }, 'import');
            if (!s.ok) { add(line, s.error === 'invalid' ? s.fieldErrors : { status: [s.error] }); continue; }
            changed = true;
          }
          if (changed) report.updated++;
          else report.unchanged++;
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
