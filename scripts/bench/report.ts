// Plain-text tables for the benchmark results.
import { APP_JS_BUDGET_KB, HTML_CSS_BUDGET_KB, summarize, type Asset } from './assets';
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

export function assetReport(pages: { name: string; path: string; assets: Asset[] }[]): string {
  const all = pages.flatMap((p) => p.assets);
  const encodings = [...new Set(all.map((a) => a.encoding))].join(', ');
  const mark = (bytes: number, budgetKb: number) => `${kb(bytes)} ${bytes <= budgetKb * KB ? 'PASS' : 'FAIL'}`;
  const body = pages.map(({ name, path, assets }) => {
    const s = summarize(assets);
    const js = assets.filter((a) => a.type === 'js');
    return [
      name,
      kb(s.html),
      kb(s.css),
      `${kb(s.framework)} (${js.filter((a) => a.framework).length})`,
      `${mark(s.app, APP_JS_BUDGET_KB)} (${js.filter((a) => !a.framework).length})`,
      path === '/tiltak' ? mark(s.html + s.css, HTML_CSS_BUDGET_KB) : kb(s.html + s.css),
      path,
    ];
  });
  const appFiles = pages.flatMap(({ name, assets }) =>
    assets.filter((a) => a.type === 'js' && !a.framework).map((a) => `    ${name.padEnd(15)} ${kb(a.bytes).padStart(8)}  ${new URL(a.url).pathname}`),
  );
  return [
    `First visit: compressed bytes (encoding: ${encodings}; 1 KB = 1024 bytes)`,
    `framework = Next.js/React runtime (rootMainFiles in build-manifest.json, the chunks of Next.js's built-in entries); app = every other script (client components and what they import, next-intl's client code included)`,
    `targets: app JS ≤ ${APP_JS_BUDGET_KB} KB on every public page; HTML+CSS ≤ ${HTML_CSS_BUDGET_KB} KB on the catalogue`,
    table(['page', 'HTML', 'CSS', 'JS framework', 'JS app', 'HTML+CSS', 'path'], body, [1, 2, 3]),
    appFiles.length ? `  app scripts:\n${appFiles.join('\n')}` : '  app scripts: none',
  ].join('\n');
}
