// What a first visit to a page downloads, compressed: the HTML, then every stylesheet and
// script the HTML makes the browser fetch (link rel=stylesheet, script src, and
// modulepreload / preload as=script). `nomodule` scripts are skipped: modern browsers do not
// load them. Sizes are the bytes on the wire when the server compresses; otherwise the
// file is compressed here with brotli at zlib's default quality, and the report says so.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Asset {
  url: string;
  type: 'html' | 'css' | 'js';
  bytes: number;
  /** 'br' or 'gzip' as served, or 'br (compressed by bench)' when the server sent it plain. */
  encoding: string;
  framework?: boolean;
}

function get(url: string): Promise<{ status: number; encoding: string; body: Buffer }> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') return Promise.reject(new Error(`Refusing to fetch ${url}`));
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'gzip, br' }, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: String(res.headers['content-encoding'] ?? ''), body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on('error', reject);
  });
}

async function measure(url: string, type: Asset['type']): Promise<Asset & { text: string }> {
  const res = await get(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  if (res.encoding === 'br') return { url, type, bytes: res.body.length, encoding: 'br', text: zlib.brotliDecompressSync(res.body).toString() };
  if (res.encoding === 'gzip') return { url, type, bytes: res.body.length, encoding: 'gzip', text: zlib.gunzipSync(res.body).toString() };
  const bytes = zlib.brotliCompressSync(res.body).length;
  return { url, type, bytes, encoding: 'br (compressed by bench)', text: res.body.toString() };
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z][\w:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&'));
  }
  return attrs;
}

/** The CSS and JS URLs a page's HTML makes a browser download, in order, without repeats. */
export function assetUrls(html: string, base: string): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
    const a = attributes(tag.replace(/^<\w+/, ''));
    const rel = (a.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag.toLowerCase().startsWith('<link') && a.get('href')) {
      const href = new URL(a.get('href')!, base).toString();
      if (rel.includes('stylesheet')) css.add(href);
      else if (rel.includes('modulepreload') || (rel.includes('preload') && a.get('as') === 'script')) js.add(href);
    } else if (tag.toLowerCase().startsWith('<script') && a.get('src') && !a.has('nomodule')) {
      js.add(new URL(a.get('src')!, base).toString());
    }
  }
  return { css: [...css], js: [...js] };
}

/** Chunks Next.js loads on every page (React, the router, the bundler runtime). */
function frameworkChunks(distDir: string): Set<string> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
      rootMainFiles?: string[];
      polyfillFiles?: string[];
    };
    return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));
  } catch {
    return new Set();
  }
}

export async function firstVisit(base: string, pagePath: string, distDir: string): Promise<Asset[]> {
  const page = await measure(`${base}${pagePath}`, 'html');
  const { css, js } = assetUrls(page.text, `${base}${pagePath}`);
  const framework = frameworkChunks(distDir);
  const assets = [page];
  for (const url of css) assets.push(await measure(url, 'css'));
  for (const url of js) assets.push({ ...(await measure(url, 'js')), framework: framework.has(new URL(url).pathname) });
  return assets.map(({ url, type, bytes, encoding, framework: f }) => ({ url, type, bytes, encoding, framework: f }));
}
