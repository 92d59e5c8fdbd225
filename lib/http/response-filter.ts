// Sits between Next.js and the socket. Every response gets the security headers. HTML pages
// are held until complete, so that their CSP can list the hashes of their inline scripts (see
// security-headers.ts), a 5xx can be swapped for a page that needs no JavaScript, and a page
// from the page cache gets the visitor's list (lib/my-list/cached-page-list.ts); they are
// then compressed here. Everything else (assets, the API, React's streamed data) streams
// through untouched and is compressed by Next.js as before.
import { ServerResponse, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { withListInPage } from '../my-list/cached-page-list';
import { inlineScriptHashes, securityHeaders } from './security-headers';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface FilterOptions {
  production: boolean;
  formActionOrigin: string | null;
  /** The page sent instead of an HTML 5xx, with its status and any extra headers. */
  errorPage(req: IncomingMessage): Promise<{ status: number; html: string; headers?: Record<string, string> }>;
}

/** Requests whose answer may be an HTML page: not Next's assets, not the API, not React's
 * data requests (RSC, action calls), which stream. */
export function mayBeHtmlPage(req: IncomingMessage): boolean {
  const path = req.url ?? '/';
  if (/^\/(?:_next\/(?:static|image)|api)\//.test(path)) return false;
  return req.headers['rsc'] === undefined && req.headers['next-action'] === undefined;
}

type Mode = 'undecided' | 'pass' | 'hold' | 'replaced';
const proto = ServerResponse.prototype;

export interface FilteredResponse {
  /** Answers with this status and a short text instead of whatever the app would send. */
  replace(status: number, headers?: Record<string, string>): boolean;
}

export function filterResponse(req: IncomingMessage, res: ServerResponse, options: FilterOptions): FilteredResponse {
  const pathname = (req.url ?? '/').split('?')[0]!;
  const htmlCandidate = req.method !== 'HEAD' && mayBeHtmlPage(req);
  // The page is compressed here after it is complete, so Next.js must send it plain.
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '');
  if (htmlCandidate) delete req.headers['accept-encoding'];
  let mode: Mode = 'undecided';
  const held: Buffer[] = [];

  const setSecurityHeaders = (scriptHashes: string[] | null) => {
    const headers = securityHeaders({ ...options, scriptHashes: scriptHashes ?? [], pathname });
    for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  };

  const decide = () => {
    if (mode !== 'undecided') return;
    const type = String(res.getHeader('content-type') ?? '');
    const html = type.startsWith('text/html') && !res.getHeader('content-encoding');
    mode = htmlCandidate && html && res.statusCode !== 204 && res.statusCode !== 304 ? 'hold' : 'pass';
    // Responses that are not pages run no inline scripts.
    if (mode === 'pass') setSecurityHeaders(null);
  };

  const finish = async (): Promise<void> => {
    let body = Buffer.concat(held);
    if (res.statusCode >= 500) {
      const page = await options.errorPage(req);
      res.statusCode = page.status;
      for (const name of res.getHeaderNames()) if (!['set-cookie', 'vary'].includes(name)) res.removeHeader(name);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      for (const [key, value] of Object.entries(page.headers ?? {})) res.setHeader(key, value);
      body = Buffer.from(page.html, 'utf8');
    }
    // A page from the page cache is the same for every query: the visitor's list goes in here.
    const query = (req.url ?? '').split('?')[1];
    const listed = query && res.statusCode < 300 ? withListInPage(body.toString('utf8'), query) : null;
    if (listed !== null) body = Buffer.from(listed, 'utf8');
    setSecurityHeaders(inlineScriptHashes(body.toString('utf8')));
    const encoding = body.length < 1024 ? null : /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
    if (encoding) {
      body = encoding === 'br' ? await brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }) : await gzip(body);
      res.setHeader('Content-Encoding', encoding);
    }
    const vary = String(res.getHeader('vary') ?? '');
    if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    res.setHeader('Content-Length', body.length);
    proto.writeHead.call(res, res.statusCode);
    (proto.end as (chunk: Buffer) => ServerResponse).call(res, body);
  };

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (mode === 'replaced') return this;
    this.statusCode = status;
    if (typeof rest[0] === 'string') this.statusMessage = rest.shift() as string;
    applyHeaders(this, rest[0] as OutgoingHttpHeaders | readonly unknown[] | undefined);
    decide();
    return mode === 'pass' ? proto.writeHead.call(this, this.statusCode) : this;
  } as ServerResponse['writeHead'];

  res.write = function write(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (mode === 'replaced') return true;
    decide();
    if (mode === 'pass') return (proto.write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    if (chunk) held.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse['write'];

  res.end = function end(this: ServerResponse, ...args: unknown[]) {
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (mode === 'replaced') {
      if (callback) process.nextTick(callback);
      return this;
    }
    decide();
    if (mode === 'pass') return (proto.end as (...a: unknown[]) => ServerResponse).call(this, ...args);
    const chunk = args[0];
    if (chunk && typeof chunk !== 'function') held.push(toBuffer(chunk, args[1]));
    finish().then(callback, (error: unknown) => {
      console.error('Could not send a page:', error);
      this.destroy();
    });
    return this;
  } as ServerResponse['end'];

  // Next.js flushes headers early on streamed pages; a held page sends them when complete.
  res.flushHeaders = function flushHeaders(this: ServerResponse) {
    decide();
    if (mode === 'pass') proto.flushHeaders.call(this);
  };

  return {
    replace(status, headers = {}) {
      if (res.headersSent || mode === 'replaced') return false;
      mode = 'replaced';
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      sendPlain(res, status, { ...headers, ...securityHeaders({ ...options, scriptHashes: [], pathname }) });
      return true;
    },
  };
}

/** A short plain-text answer the server gives itself (4xx for requests the app never sees). */
export function sendPlain(res: ServerResponse, status: number, headers: Record<string, string>): void {
  const body = `${status} ${STATUS_TEXT[status] ?? 'Error'}\n`;
  proto.writeHead.call(res, status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  (proto.end as (chunk: Buffer | string) => ServerResponse).call(res, body);
}

/** The same answer as bytes for a bare socket (requests Node.js refuses before parsing them).
 * An answer to HEAD has no body: a client would take one as the start of a next response. */
export function rawResponse(status: number, headers: Record<string, string>, head = false): string {
  const body = `${status} ${STATUS_TEXT[status] ?? 'Error'}\n`;
  const lines = Object.entries({ ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(body.length), Connection: 'close' });
  return `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n${lines.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${head ? '' : body}`;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
};

function applyHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | readonly unknown[] | undefined) {
  if (!headers) return;
  if (Array.isArray(headers)) {
    // [name, value, name, value] or [[name, value], …]
    const pairs = Array.isArray(headers[0]) ? (headers as [string, string][]) : [];
    if (!pairs.length) for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([String(headers[i]), String(headers[i + 1])]);
    for (const [name, value] of pairs) res.appendHeader(name, value);
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
    if (value !== undefined) res.setHeader(name, value);
  }
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}
