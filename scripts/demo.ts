// npm run demo [-- -p 3000] [-- -H 0.0.0.0]
// The portal on this machine with the embedded database and demo data: prepares the
// database, builds (only when something the build depends on changed since the last
// demo build) and starts the production server. It listens on 127.0.0.1 unless HOST or
// -H says otherwise, since the demo has an editor account whose password is on disk.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: true,
});
// npm runs scripts in the project folder.
const root = process.cwd();
const port = args.port ?? process.env.PORT ?? '3000';
const hostname = args.hostname ?? process.env.HOST ?? '127.0.0.1';
const distDir = process.env.NEXT_DIST_DIR || '.next';
// Set here rather than in package.json so that it works in every shell, Windows' too.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: port };
const options: SpawnOptions = { cwd: root, env, stdio: 'inherit' };
const tsx = (file: string, ...rest: string[]): [string, string[]] => [process.execPath, ['--import', 'tsx', file, ...rest]];

function run([command, commandArgs]: [string, string[]]) {
  const result = spawnSync(command, commandArgs, options);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// What a build is made from: the sources, messages, public files, the schema, the
// configuration and the lock file, and the environment Next.js builds into the pages.
const BUILD_DIRS = ['app', 'components', 'lib', 'messages', 'prisma', 'public'];
const SKIP = new Set(['lib/generated', 'next-env.d.ts', 'README.md']);

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const name = dir ? `${dir}/${entry.name}` : entry.name;
    if (SKIP.has(name)) return [];
    if (entry.isDirectory()) return dir || BUILD_DIRS.includes(name) ? files(name) : [];
    return entry.isFile() && !name.endsWith('.tsbuildinfo') ? [name] : [];
  });
}

function buildFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of files('').sort()) hash.update(`${name}\0`).update(readFileSync(path.join(root, name))).update('\0');
  const baked = Object.entries(env).filter(([key]) => key.startsWith('NEXT_PUBLIC_') || key === 'NODE_ENV' || key === 'NEXT_DIST_DIR');
  hash.update(JSON.stringify(baked.sort()));
  return hash.digest('hex');
}

const stamp = path.join(root, distDir, 'demo-build-fingerprint');
const started = Date.now();

run(tsx('scripts/prepare-db.ts'));
const fingerprint = buildFingerprint();
if (existsSync(path.join(root, distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log(`Nothing changed since the last demo build (${distDir}): starting it.`);
} else {
  const next = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
  run([process.execPath, [next, 'build']]);
  // Taken after the build: the build may touch files it reads (tsconfig.json).
  writeFileSync(stamp, buildFingerprint());
}

const server = spawn(...tsx('server.ts', '-p', port, '-H', hostname), options);
server.once('spawn', () => console.log(`Starting the server (${((Date.now() - started) / 1000).toFixed(1)} s since npm run demo).`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
