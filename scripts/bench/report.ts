// Plain-text tables for the benchmark results.
import type { Asset } from './assets';
import type { LoadResult } from './load';

export interface Target {
  /** Minimum requests/s as a percentage of the static file's. */
  minPct: number;
  /** Maximum p99 latency in ms, if any. */
  maxP99?: number;
  /** Only judged on this database; shown as information on the other. */
  only?: 'postgres';
}

export interface Row {
  name: string;
  path: string;
  result?: LoadResult;
  target?: Target;
  note: string;
}

const KB = 1024;
const num = (n: number) => (Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function table(header: string[], rows: string[][], rightAligned: number[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned.includes(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdict(row: Row, staticRps: number, db: 'pglite' | 'postgres'): string {
  const { target, result } = row;
  if (!target) return '';
  const goal = `≥${target.minPct}%${target.maxP99 ? `, p99<${target.maxP99 / 1000}s` : ''}`;
  if (!result) return `${goal} n/a`;
  const pass = (result.rps / staticRps) * 100 >= target.minPct && (!target.maxP99 || result.p99 < target.maxP99) && result.errors === 0;
  const mark = pass ? 'PASS' : 'FAIL';
  return target.only && target.only !== db ? `${goal} ${mark}*` : `${goal} ${mark}`;
}

export function loadTable(db: 'pglite' | 'postgres', rows: Row[], staticRps: number): string {
  const body = rows.map((row) => {
    const r = row.result;
    return [
      row.name,
      r ? num(r.rps) : '–',
      r ? num(r.p50) : '–',
      r ? num(r.p99) : '–',
      r ? String(r.errors) : '–',
      r ? `${((r.rps / staticRps) * 100).toFixed(1)}%` : '–',
      verdict(row, staticRps, db),
      row.note,
    ];
  });
  const footnote = db === 'postgres' || !rows.some((r) => r.target?.only) ? '' : '\n* a PostgreSQL target, shown for comparison';
  return table(['page', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'of static', 'target', 'note'], body, [1, 2, 3, 4, 5]) + footnote;
}

export function assetReport(pagePath: string, assets: Asset[], budgetKb: number): string {
  const sum = (list: Asset[]) => list.reduce((n, a) => n + a.bytes, 0);
  const of = (type: Asset['type']) => assets.filter((a) => a.type === type);
  const encodings = [...new Set(assets.map((a) => a.encoding))].join(', ');
  const js = of('js');
  const framework = js.filter((a) => a.framework);
  const app = js.filter((a) => !a.framework);
  const htmlCss = sum(of('html')) + sum(of('css'));
  const lines = [
    `First visit to ${pagePath}: compressed bytes (encoding: ${encodings}; 1 KB = 1024 bytes)`,
    `  HTML      ${kb(sum(of('html'))).padStart(9)}`,
    `  CSS       ${kb(sum(of('css'))).padStart(9)}  (${of('css').length} files)`,
    `  JS total  ${kb(sum(js)).padStart(9)}  (${js.length} files)`,
    `    framework ${kb(sum(framework)).padStart(7)}  (${framework.length}: Next.js/React runtime, rootMainFiles in build-manifest.json)`,
    `    app       ${kb(sum(app)).padStart(7)}  (${app.length}: route chunks, i.e. the app's client components and what they import)`,
    `  HTML+CSS  ${kb(htmlCss).padStart(9)}  target ≤ ${budgetKb} KB: ${htmlCss <= budgetKb * KB ? 'PASS' : 'FAIL'}`,
    `  files:`,
    ...assets.map((a) => `    ${a.type.padEnd(4)} ${(a.type === 'js' ? (a.framework ? 'framework' : 'app') : '').padEnd(9)} ${kb(a.bytes).padStart(9)}  ${a.encoding.padEnd(4)}  ${new URL(a.url).pathname}`),
  ];
  return lines.join('\n');
}
