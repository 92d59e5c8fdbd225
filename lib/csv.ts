// CSV for spreadsheets, read and written by csv-parse and csv-stringify. Exports start with
// a UTF-8 byte order mark so Excel reads æøå right; the separator is a semicolon, which
// Norwegian Excel expects. Imports take ";" or "," (whichever the header line uses).
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by Excel and LibreOffice ("CSV
// injection", OWASP): such a cell is written with a leading apostrophe, which makes a
// spreadsheet show it as text. A value that already starts with apostrophes before such a
// character gets one more, so that reading strips exactly one and gives the value back.
const FORMULA = /^'*[=+\-@\t\r]/;

/** The cell as written to a file: a would-be formula is marked as text. */
export function guardFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** The value a guarded cell stood for (guardFormula undone). */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

export function toCsv(rows: string[][], separator = CSV_SEPARATOR): string {
  return stringify(
    rows.map((row) => row.map(guardFormula)),
    {
      bom: true,
      delimiter: separator,
      record_delimiter: 'windows',
      // Any line break is quoted (the library quotes only the record delimiter, "\r\n"), and
      // so are leading and trailing spaces, so that no reader trims them away.
      quoted_match: /[\r\n]|^\s|\s$/,
    },
  );
}

/** One record and the line of the file it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  values: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; error: 'unclosedQuote' | 'strayQuote' };

/** Parses CSV text; the separator is taken from the header line (";" or ","). */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',';
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { delimiter: separator, relax_column_count: true, info: true }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { ok: false, line, error: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosedQuote' : 'strayQuote' };
  }
  // info.lines is the line a record ends on (a quoted cell may hold line breaks), so each
  // record starts on the line after the one before it ends; empty lines are records too.
  const records: CsvRecord[] = [];
  let start = 1;
  for (const { record, info } of parsed) {
    records.push({ line: start, values: record.map(unguardFormula) });
    start = info.lines + 1;
  }
  // Blank lines (an empty row, a row of separators) carry nothing.
  return { ok: true, records: records.filter((r) => r.values.some((v) => v.trim() !== '')) };
}
