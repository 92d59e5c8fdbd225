// Quick A/B: static file vs given paths on a running server. Usage: tsx mini.ts PORT path...
import { runLoad } from './load';
const [port, ...paths] = process.argv.slice(2);
(async () => {
  const base = `http://127.0.0.1:${port}`;
  const home = await (await fetch(base + '/')).text();
  const css = home.match(/\/_next\/static\/[^"'\s]+\.css/)![0];
  for (const p of [css, ...paths, css]) {
    await runLoad({ url: base + p, connections: 32, durationMs: 1500 });
    const r = await runLoad({ url: base + p, connections: 32, durationMs: 6000 });
    console.log(`${p.padEnd(90)} ${r.rps.toFixed(0).padStart(6)} rps p50 ${r.p50.toFixed(0)} p99 ${r.p99.toFixed(0)} err ${r.errors}`);
  }
})();
