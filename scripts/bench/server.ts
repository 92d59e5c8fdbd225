// Builds (when needed) and runs the production server for one benchmark database. Uses
// the build in .next, or in NEXT_DIST_DIR (see next.config.ts) to keep the benchmark's
// build apart from other work in the same tree.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');
const BASE_ENV = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' };

export async function ensureBuild(force: boolean): Promise<void> {
  if (!force && existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    console.log(`Using the existing build in ${DIST_DIR} (pass --build to rebuild).`);
    return;
  }
  console.log(`Building into ${DIST_DIR} (next build)…`);
  const child = spawn(process.execPath, [NEXT_BIN, 'build'], { env: { ...BASE_ENV, NODE_ENV: 'production' }, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

export function buildId(): string {
  try {
    return readFileSync(path.join(DIST_DIR, 'BUILD_ID'), 'utf8').trim();
  } catch {
    return '(none)';
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  base: string;
  log: string;
  stop(): Promise<void>;
}

/** Starts the production server (server.ts) on 127.0.0.1 with the given database env and waits until it answers. */
export async function startServer(name: string, port: number, dbEnv: Record<string, string>): Promise<RunningServer> {
  mkdirSync('.data/bench-logs', { recursive: true });
  const log = `.data/bench-logs/${name}.log`;
  const out = createWriteStream(log);
  // The server entry, as `npm start` runs it. Its own process group, so stop() reaches the
  // server and anything it forks.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server.ts', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...BASE_ENV, ...dbEnv, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));

  const stop = async () => {
    if (exited || !child.pid) return;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 10_000);
    await exit;
    clearTimeout(timer);
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited early; see ${log}`);
    const res = await fetch(`${base}/`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) }).catch(() => null);
    if (res) {
      await res.arrayBuffer();
      if (res.status === 200) return { base, log, stop };
      if (res.status < 500) {
        await stop();
        throw new Error(`GET / answered ${res.status} ${res.headers.get('location') ?? ''}; see ${log}`);
      }
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`Server did not answer within 90 s; see ${log}`);
}
