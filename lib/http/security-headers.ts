// The security headers of every response, defined once. The server entry (server.ts) sets
// them on everything it sends, Next's own error pages and its own 4xx answers included;
// next.config.ts sets the same set for `next dev` and a plain `next start`.
//
// script-src: Next.js streams each page's data in inline <script> tags. The public pages
// are cached (ISR), so a per-request nonce cannot be written into them. Instead the server
// entry reads each HTML response before sending it and lists the SHA-256 hash of each of
// its inline scripts in that response's CSP (see inlineScriptHashes). Without the server
// entry there is nothing to compute the hashes, so 'unsafe-inline' stays as the fallback.
import { createHash } from 'node:crypto';

export interface SecurityHeaderOptions {
  production: boolean;
  /** The identity provider's origin, which a no-JS single sign-on form posts to. */
  formActionOrigin?: string | null;
  /** Hashes ('sha256-…') of the response's inline scripts; null: allow inline scripts. */
  scriptHashes: readonly string[] | null;
  /** The request's path: the open-data API may be read from any origin. */
  pathname: string;
}

/** Single sign-on without JavaScript submits a form that redirects to the identity provider,
 * which form-action must allow. (next.config.ts reads it at build time: set OIDC_* then too.) */
export function oidcFormActionOrigin(env: Record<string, string | undefined>): string | null {
  const url = env.OIDC_DISCOVERY_URL || env.OIDC_ISSUER;
  if (!url || !env.OIDC_CLIENT_ID) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

// The open-data API answers CORS '*', so its resources must be loadable cross-origin.
const OPEN_DATA = /^\/api\/(?:v1|hsds)(?:\/|$)/;

export function contentSecurityPolicy(options: Omit<SecurityHeaderOptions, 'pathname'>): string {
  const scripts = options.scriptHashes === null ? ["'unsafe-inline'"] : options.scriptHashes.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts, ...(options.production ? [] : ["'unsafe-eval'"])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${options.production ? '' : ' ws:'}`,
    // The offline worker and the app's manifest come from the site itself (lib/pwa).
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    `form-action 'self'${options.formActionOrigin ? ` ${options.formActionOrigin}` : ''}`,
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': OPEN_DATA.test(options.pathname) ? 'cross-origin' : 'same-origin',
    ...(options.production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

// A script element's text is raw (no character references), so the hash is over the exact
// characters between the tags, as the browser computes it.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/** The CSP hashes of an HTML document's inline scripts (data blocks such as JSON-LD need none). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(` ${attributes}`)?.[1] ?? '';
    if (!EXECUTABLE_TYPE.test(type)) continue;
    hashes.add(`sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
