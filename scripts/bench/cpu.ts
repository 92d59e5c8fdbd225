// CPU cost per request (server process + PostgreSQL backends), robust to other load on the machine.
// Usage: tsx cpu.ts PORT N path...
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
const [port, nStr, ...paths] = process.argv.slice(2);
const N = Number(nStr);
const tick = 100;
const serverPid = execSync(`ss -ltnp | grep ':${port} ' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`).toString().trim();
function cpuOf(pids: string[]) {
  let t = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      t += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return (t / tick) * 1000;
}
const pgPids = () => execSync(`pgrep -f "postgres: .*ettervern_bench" || true`).toString().split('\n').filter(Boolean);
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
const get = (p: string) => new Promise<number>((resolve) => {
  http.get({ host: '127.0.0.1', port, path: p, agent, headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' } }, (res) => {
    let n = 0; res.on('data', (c) => (n += c.length)); res.on('end', () => resolve(n));
  });
});
(async () => {
  for (const p of paths) {
    await Promise.all(Array.from({ length: 20 }, () => get(p)));
    const pids = pgPids();
    const s0 = cpuOf([serverPid]), p0 = cpuOf(pids);
    let bytes = 0;
    for (let i = 0; i < N; i += 4) bytes = (await Promise.all([get(p), get(p), get(p), get(p)]))[0]!;
    const s1 = cpuOf([serverPid]), p1 = cpuOf(pgPids());
    console.log(`${p.slice(0, 80).padEnd(80)} node ${((s1 - s0) / N).toFixed(2)} ms  pg ${((p1 - p0) / N).toFixed(2)} ms  (${bytes} B gz)`);
  }
  process.exit(0);
})();
