// A small closed-loop HTTP load generator on node:http: `connections` keep-alive sockets,
// each sending its next request as soon as the previous response has been read. It only
// talks to 127.0.0.1 and stops by itself: no request starts after the duration, and each
// one is cut off after `timeoutMs` (counted as an error).
import http from 'node:http';

export interface LoadResult {
  requests: number;
  /** Responses other than 200, plus requests that failed or timed out. */
  errors: number;
  statuses: Record<string, number>;
  rps: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationMs: number;
  timeoutMs?: number;
  /**
   * Paths to request once each, in order, instead of repeating `url`'s: the run ends when
   * all have been answered (or at the duration, whichever comes first).
   */
  stream?: string[];
}

// What a browser sends on a page visit, so the server compresses as it would for people.
const HEADERS = { accept: 'text/html,*/*;q=0.8', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'ettervern-bench' };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function requestOnce(target: URL, agent: http.Agent, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: string) => {
      if (!settled) (settled = true), resolve(outcome);
    };
    const req = http.get({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: HEADERS }, (res) => {
      res.on('end', () => done(String(res.statusCode)));
      res.on('error', () => done('error'));
      res.resume();
    });
    // A hard limit on the whole exchange (a streamed page can stay busy past an idle timeout).
    const timer = setTimeout(() => {
      done('timeout');
      req.destroy();
    }, timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', () => done('error'));
  });
}

export async function runLoad({ url, connections, durationMs, timeoutMs = 30_000, stream }: LoadOptions): Promise<LoadResult> {
  const target = new URL(url);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1') throw new Error(`Refusing to load ${url}: only http://127.0.0.1 is allowed`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + durationMs;

  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      let path = target;
      if (stream) {
        if (next >= stream.length) break;
        path = new URL(stream[next++]!, target);
      }
      const t0 = performance.now();
      const outcome = await requestOnce(path, agent, timeoutMs);
      latencies.push(performance.now() - t0);
      statuses[outcome] = (statuses[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const ok = statuses['200'] ?? 0;
  return {
    requests: latencies.length,
    errors: latencies.length - ok,
    statuses,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
