// RFC 4180 CSV, written and read by hand: fields with the separator, quotes or line
// breaks are quoted, quotes doubled. Exports start with a UTF-8 byte order mark so Excel
// reads æøå right; the separator is a semicolon, which Norwegian Excel expects.
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

function quote(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: string[][], separator = CSV_SEPARATOR): string {
  return BOM + rows.map((row) => row.map((v) => quote(v, separator)).join(separator)).join('\r\n') + '\r\n';
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
  const records: CsvRecord[] = [];
  let record: string[] = [];
  let line = 1;
  let recordLine = 1;
  let field = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '\n') line++;
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') return { ok: false, line, error: 'strayQuote' };
      } else field += c;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === separator) {
      record.push(field);
      field = '';
      fieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push({ line: recordLine, values: record });
      record = [];
      field = '';
      fieldStart = true;
      recordLine = ++line;
    } else if (c === '"') {
      return { ok: false, line, error: 'strayQuote' };
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (quoted) return { ok: false, line: recordLine, error: 'unclosedQuote' };
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push({ line: recordLine, values: record });
  }
  // Blank lines (a trailing line break, an empty row) carry nothing.
  return { ok: true, records: records.filter((r) => r.values.some((v) => v.trim() !== '')) };
}
