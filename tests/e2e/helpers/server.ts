// Starting more servers of the production build from a test, each on a free port of its
// own, beside the shared test server (playwright.config.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../../scripts/bench/server';

export { freePort };

export type StartedServer = { base: string; port: number; log(): string; stop(): Promise<void> };

/**
 * Runs `command` (where PORT stands for the port) and waits until the server answers.
 * `port` picks the port; by default a free one.
 */
export async function startServer(command: string[], env: NodeJS.ProcessEnv, port?: number): Promise<StartedServer> {
  port ??= await freePort();
  const args = command.map((part) => part.replace('PORT', String(port)));
  const child: ChildProcess = spawn(args[0]!, args.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    await exited;
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    const ok = await fetch(`${base}/api/v1/measures`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0);
    if (ok) return { base, port, log: () => log, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`server did not answer: ${log}`);
}
