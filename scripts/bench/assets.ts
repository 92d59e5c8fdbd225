// What a first visit to a page downloads, compressed: the HTML, then every stylesheet and
// script the HTML makes the browser fetch (link rel=stylesheet, script src, and
// modulepreload / preload as=script). `nomodule` scripts are skipped: modern browsers do not
// load them. Sizes are the bytes on the wire when the server compresses; otherwise the
// file is compressed here with brotli at zlib's default quality, and the report says so.
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * The framework's chunks: what Next.js loads on any page, whatever the app's code. That is
 * React, React DOM and the App Router's bootstrap (rootMainFiles and polyfillFiles in
 * build-manifest.json), and the chunks of Next.js's own client components (the layout
 * router, its error and not-found boundaries): the client reference manifests list them as
 * the scripts of Next.js's built-in entries (its global error page), which hold no app
 * code. Every other script a page loads is the app's: its client components and whatever
 * they import, libraries such as next-intl's client side included. (A module's own chunk
 * list is no guide: next/link imported by the app lists the app's chunks with it.)
 */
function frameworkChunks(distDir: string): Set<string> {
  const chunks = new Set<string>();
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
      rootMainFiles?: string[];
      polyfillFiles?: string[];
    };
    for (const f of [...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])]) chunks.add(`/_next/${f}`);
  } catch {
    // No build manifest: every script counts as the app's, which overstates, never hides.
  }
  const appDir = path.join(distDir, 'server', 'app');
  let files: string[] = [];
  try {
    files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('_client-reference-manifest.js'));
  } catch {
    return chunks;
  }
  for (const file of files) {
    // globalThis.__RSC_MANIFEST["/route"] = {…}; the object is JSON.
    const text = readFileSync(path.join(appDir, file), 'utf8');
    const json = text.slice(text.indexOf('= {', text.indexOf('__RSC_MANIFEST[')) + 2).replace(/;\s*$/, '');
    const { entryJSFiles } = JSON.parse(json) as { entryJSFiles?: Record<string, string[]> };
    for (const [entry, list] of Object.entries(entryJSFiles ?? {})) {
      if (entry.startsWith('[project]/node_modules/next/')) for (const chunk of list) chunks.add(`/_next/${chunk}`);
    }
  }
  return chunks;
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

/** The public pages whose first visit is measured (demo data slugs). */
export const PUBLIC_PAGES = [
  { name: 'home', path: '/' },
  { name: 'catalogue', path: '/tiltak' },
  { name: 'measure detail', path: '/tiltak/arna-aktiv' },
  { name: 'provider', path: '/tilbydere/nav-sosialtjenesten-bergen' },
] as const;

/** The app's own JavaScript on a public page, compressed, beyond the framework's. */
export const APP_JS_BUDGET_KB = 10;
/** HTML and CSS of a first visit to the catalogue, compressed. */
export const HTML_CSS_BUDGET_KB = 40;

export interface FirstVisitSummary {
  html: number;
  css: number;
  framework: number;
  app: number;
}

export function summarize(assets: Asset[]): FirstVisitSummary {
  const sum = (keep: (a: Asset) => boolean) => assets.filter(keep).reduce((n, a) => n + a.bytes, 0);
  return {
    html: sum((a) => a.type === 'html'),
    css: sum((a) => a.type === 'css'),
    framework: sum((a) => a.type === 'js' && !!a.framework),
    app: sum((a) => a.type === 'js' && !a.framework),
  };
}

export async function measurePublicPages(base: string, distDir: string): Promise<{ name: string; path: string; assets: Asset[] }[]> {
  const pages = [];
  for (const page of PUBLIC_PAGES) pages.push({ ...page, assets: await firstVisit(base, page.path, distDir) });
  return pages;
}
