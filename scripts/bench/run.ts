// npm run bench -- [--count 10000] [--duration 10] [--warmup 2] [--connections 32]
//                  [--only pglite|postgres] [--build] [--keep] [--port N] [--assets-only]
// Load-tests the production server against a fresh PGlite and a fresh PostgreSQL database
// (demo data + a synthetic catalogue), with a static file from the same server as the
// ceiling, and reports what a first visit to each public page downloads (--assets-only:
// just that, on PGlite with 100 synthetic measures unless --count says otherwise). Not a test: it
// prints numbers and marks targets, and never runs in CI. NEXT_DIST_DIR=.next-bench keeps
// its build apart from .next; BENCH_DATABASE_URL names the PostgreSQL server.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { assetReport, loadTable, type Row, type Target } from './report';
import { measurePublicPages } from './assets';
import { dropPostgres, preparePGlite, preparePostgres, PG_DATABASE, PGLITE_DIR } from './databases';
import { runLoad } from './load';
import { distinctSearches } from './searches';
import { buildId, DIST_DIR, ensureBuild, freePort, startServer, type RunningServer } from './server';

const PAGES: { name: string; path: string; target?: Target; stream?: number }[] = [
  { name: 'home', path: '/', target: { minPct: 40 } },
  // The same cached page with a visitor's list, which the server layer puts into its links.
  { name: 'home + list', path: '/?list=arna-aktiv,tidlig-ute' },
  { name: 'catalogue', path: '/tiltak', target: { minPct: 40 } },
  { name: 'catalogue q', path: '/tiltak?q=trening' },
  // One search repeated: its answer comes from the data cache after the first visit.
  { name: 'catalogue q + 3 filters', path: '/tiltak?q=trening&district=arna&category=physical_activity&evening=1' },
  // Each search once (scripts/bench/searches.ts): what searches nobody made before cost.
  { name: '500 distinct searches', path: '/tiltak?…', stream: 500, target: { minPct: 5, maxP99: 1000, only: 'postgres' } },
  { name: 'measure detail', path: '/tiltak/arna-aktiv', target: { minPct: 40 } },
  { name: 'provider', path: '/tilbydere/nav-sosialtjenesten-bergen', target: { minPct: 40 } },
];

function readOptions() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '32' },
      port: { type: 'string' },
      only: { type: 'string' },
      build: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'assets-only': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const positive = (name: string, raw: string | undefined, max: number) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0 || n > max) throw new Error(`--${name} must be a number from 1 to ${max}, got "${raw}"`);
    return n;
  };
  if (values.only && !['pglite', 'postgres'].includes(values.only)) throw new Error('--only must be pglite or postgres');
  return {
    count: Math.round(positive('count', values.count ?? (values['assets-only'] ? '100' : '10000'), 200_000)),
    durationMs: positive('duration', values.duration, 600) * 1000,
    warmupMs: positive('warmup', values.warmup, 600) * 1000,
    connections: Math.round(positive('connections', values.connections, 1000)),
    port: values.port ? Math.round(positive('port', values.port, 65_535)) : undefined,
    only: values.only as 'pglite' | 'postgres' | undefined,
    build: values.build,
    keep: values.keep,
    assetsOnly: values['assets-only'],
  };
}

/**
 * One plain GET: the status, a line from the page to show it is the right one, and the
 * time it took. Waits up to 2 minutes, so a server still busy with the previous page's
 * load (PGlite runs its queries one at a time) can catch up. Never throws.
 */
async function probe(url: string): Promise<{ status: number; note: string; html: string; ms: number }> {
  const started = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    const html = await res.text();
    const pick = html.match(/<h2 id="results-heading"[^>]*>([\s\S]*?)<\/h2>/) ?? html.match(/<title>([\s\S]*?)<\/title>/);
    const note = (pick?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
    return { status: res.status, note, html, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, note: `no answer: ${error instanceof Error ? error.message : error}`, html: '', ms: performance.now() - started };
  }
}

/**
 * A row for a stream of distinct searches: each URL once, no warm-up (it would answer
 * some of them in advance), until all are answered or the duration is up.
 */
async function streamRow(server: RunningServer, options: ReturnType<typeof readOptions>, name: string, count: number, target?: Target): Promise<Row> {
  const stream = distinctSearches(count);
  const result = await runLoad({ url: `${server.base}/`, connections: options.connections, durationMs: Math.max(options.durationMs, 60_000), stream });
  const other = Object.entries(result.statuses).filter(([s]) => s !== '200');
  const note = `${result.requests} of ${stream.length} answered, each once, e.g. ${stream[0]}${other.length ? ` [${other.map(([s, n]) => `${s}×${n}`).join(', ')}]` : ''}`;
  console.log(`  ${name}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99.toFixed(0)} ms`);
  return { name, path: '(stream)', target, result, note };
}

async function benchmark(server: RunningServer, options: ReturnType<typeof readOptions>) {
  const load = (path: string, durationMs: number) => runLoad({ url: `${server.base}${path}`, connections: options.connections, durationMs });
  const home = await probe(`${server.base}/`);
  const staticPath = home.html.match(/\/_next\/static\/[^"'\s]+\.css/)?.[0] ?? home.html.match(/\/_next\/static\/[^"'\s]+\.js/)?.[0];
  if (!staticPath) throw new Error(`Found no /_next/static file in the home page to use as the ceiling (${home.status} ${home.note})`);

  // The static file is measured first and last; the better run is the ceiling, so a busy
  // moment on the machine does not flatter the pages.
  const staticFile = { path: staticPath };
  const rows: Row[] = [];
  for (const page of [{ name: 'static file (first)', ...staticFile }, ...PAGES, { name: 'static file (last)', ...staticFile }]) {
    if ('stream' in page && page.stream) {
      rows.push(await streamRow(server, options, page.name, page.stream, page.target));
      continue;
    }
    const url = `${server.base}${page.path}`;
    const first = await probe(url);
    const row: Row = { name: page.name, path: page.path, target: 'target' in page ? page.target : undefined, note: first.note };
    if (first.status === 0) {
      console.log(`  ${page.name}: ${first.note}, skipped`);
    } else {
      // A second single request: the page's latency on an idle server, already rendered once.
      const idle = await probe(url);
      row.note = `${first.status !== 200 ? `first answer ${first.status}; ` : ''}idle ${idle.ms.toFixed(0)} ms; ${first.note}`.replace(/; $/, '');
      await load(page.path, options.warmupMs);
      row.result = await load(page.path, options.durationMs);
      const other = Object.entries(row.result.statuses).filter(([s]) => s !== '200');
      if (other.length) row.note += ` [${other.map(([s, n]) => `${s}×${n}`).join(', ')}]`;
      console.log(`  ${page.name}: ${row.result.rps.toFixed(0)} req/s, p99 ${row.result.p99.toFixed(0)} ms`);
    }
    rows.push(row);
  }
  const staticRps = Math.max(...rows.filter((r) => r.path === staticPath).map((r) => r.result?.rps ?? 0));
  if (!staticRps) throw new Error('The static file could not be measured');
  return { rows, staticRps, staticPath };
}

async function main() {
  const options = readOptions();
  await ensureBuild(options.build);
  const build = buildId();
  const databases = [
    { db: 'pglite' as const, label: `PGlite (${PGLITE_DIR})`, prepare: preparePGlite },
    { db: 'postgres' as const, label: `PostgreSQL (database ${PG_DATABASE})`, prepare: preparePostgres },
  ].filter((d) => (options.assetsOnly ? d.db === (options.only ?? 'pglite') : !options.only || d.db === options.only));

  const reports: string[] = [];
  let assets: Awaited<ReturnType<typeof measurePublicPages>> | undefined;
  let server: RunningServer | undefined;
  let createdPostgres = false;
  const cleanUp = async () => {
    await server?.stop();
    server = undefined;
    if (createdPostgres && !options.keep) await dropPostgres().catch((e) => console.error(`Could not drop ${PG_DATABASE}: ${e}`));
    createdPostgres = false;
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  try {
    for (const { db, label, prepare } of databases) {
      console.log(`\n${label}: creating, migrating, seeding ${options.count} synthetic measures…`);
      const started = performance.now();
      createdPostgres ||= db === 'postgres';
      const { env, summary } = await prepare(options.count);
      console.log(`  ${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      server = await startServer(db, options.port ?? (await freePort()), env);
      console.log(`  server at ${server.base} (log: ${server.log})`);
      // Same build for both databases; the last run that could measure it is reported.
      assets = await measurePublicPages(server.base, DIST_DIR).catch((e) => (console.error(`  first-visit bytes: ${e}`), assets));
      if (options.assetsOnly) break;
      const { rows, staticRps, staticPath } = await benchmark(server, options);
      await server.stop();
      server = undefined;
      reports.push(
        `${label}: ${summary}; ${options.connections} connections, ${options.durationMs / 1000} s per URL after ${options.warmupMs / 1000} s warm-up\n` +
          `machine load average (1 min) at the end: ${loadavg()[0]!.toFixed(2)}\n` +
          `static file: ${staticPath}\n` +
          loadTable(db, rows, staticRps),
      );
    }
  } finally {
    await cleanUp();
  }

  console.log(`\n${'='.repeat(20)} Results ${'='.repeat(20)}\n`);
  if (reports.length) {
    console.log(PAGES.map((p) => `${p.name.padEnd(24)} ${p.path}`).join('\n'));
    console.log(`\n${reports.join('\n\n')}`);
  }
  if (assets) console.log(`\n${assetReport(assets)}`);
  console.log(`\nBuild ${build} in ${DIST_DIR}.`);
  if (buildId() !== build) console.log(`WARNING: ${DIST_DIR} was rebuilt during the run (now ${buildId()}); the numbers may mix two builds.`);
  console.log(`The load generator runs on the same machine and takes CPU from the server; compare ratios, not absolute numbers.`);
  if (options.keep && databases.some((d) => d.db === 'postgres')) console.log(`Kept database ${PG_DATABASE} (--keep).`);
}

main().catch((error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.stack ?? error.message : error}`);
  process.exit(1);
});
