// The production server: Next.js behind a thin layer that only the server can provide (see
// README, "Running in production"). Before Next.js sees a request it refuses malformed ones
// (405, 400, 413) and resolves the client's address; on the way out every response gets the
// security headers, and HTML pages get their script hashes and a no-JavaScript error page.
//   tsx server.ts [--port 3000] [--hostname 0.0.0.0]   (or PORT / HOSTNAME)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

// A production server unless told otherwise (NODE_ENV=development: `next dev` behind this layer).
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';

const { values: args } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  strict: true,
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME ?? undefined;
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${args.port ?? process.env.PORT}`);
// The app reads the port too: SITE_URL defaults to http://localhost:<port> (lib/env.ts).
process.env.PORT = String(port);

async function main() {
  // .env files first, as Next.js loads them, so that this layer sees the same settings.
  const { loadEnvConfig } = await import('@next/env');
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production', { info: () => {}, error: console.error });
  // Imported after NODE_ENV is set: Next.js and the app read it when they load.
  const [{ default: next }, { env }, guard, response, headers, { serverErrorPage }] = await Promise.all([
    import('next'),
    import('./lib/env'),
    import('./lib/http/request-guard'),
    import('./lib/http/response-filter'),
    import('./lib/http/security-headers'),
    import('./lib/http/server-error-page'),
  ]);
  const production = env.NODE_ENV === 'production';
  // Visitors' contact requests are stored sealed with CONTACT_REQUEST_KEY: without it (production
  // on PostgreSQL) refuse to start, rather than fail at the first request.
  (await import('./lib/contact-requests/seal')).contactRequestKey(env);
  const formActionOrigin = headers.oidcFormActionOrigin(process.env);
  const resolveClient = guard.clientAddressStep({ ipHeaders: env.AUTH_IP_HEADERS, trustedProxies: env.AUTH_TRUSTED_PROXIES });

  const app = next({ dev: !production, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const filterOptions = {
    production,
    formActionOrigin,
    async errorPage(req: import('node:http').IncomingMessage) {
      const down = await import('./lib/db').then(
        ({ databaseReachable }) => databaseReachable().then((up) => !up),
        () => false,
      );
      const { RETRY_AFTER_SECONDS } = await import('./lib/db/outage');
      return {
        status: down ? 503 : 500,
        html: serverErrorPage(req.url ?? '/'),
        headers: down ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : undefined,
      };
    },
  };

  const cachedReads = guard.cachedReadIds(process.env.NEXT_DIST_DIR || '.next');
  const server = createServer((req, res) => {
    const rejection = guard.rejectRequest(req, cachedReads);
    if (rejection) {
      const pathname = (req.url ?? '/').split('?')[0]!;
      const security = headers.securityHeaders({ production, formActionOrigin, scriptHashes: [], pathname });
      const send = () => response.sendPlain(res, rejection.status, { ...rejection.headers, ...security });
      req.resume();
      if (!guard.drainsBeforeAnswer(req, rejection.status)) return send();
      const timer = setTimeout(() => req.socket.destroy(), 10_000).unref();
      req.once('end', () => {
        clearTimeout(timer);
        send();
      });
      return;
    }
    resolveClient(req);
    const filtered = response.filterResponse(req, res, filterOptions);
    guard.watchBodySize(req, () => {
      if (!filtered.replace(413)) res.destroy();
    });
    handle(req, res).catch((error: unknown) => {
      console.error('Request failed:', error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end('');
      }
    });
  });
  // What Node.js refuses before the handler runs (a method it does not know, such as TRACK;
  // CONNECT; a malformed request line) is answered here, with the same headers.
  const refuse = (socket: import('node:stream').Duplex, status: 400 | 405 | 431, pathname = '/', head = false) => {
    const security = headers.securityHeaders({ production, formActionOrigin, scriptHashes: [], pathname });
    if (socket.writable) socket.end(response.rawResponse(status, status === 405 ? { ...security, Allow: guard.ALLOWED_METHODS.join(', ') } : security, head));
    else socket.destroy();
  };
  server.on('connect', (req, socket) => refuse(socket, 405, req.url));
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    const code = error.code ?? '';
    const line = /^(\S+) (\/\S*)/.exec(error.rawPacket?.toString('latin1') ?? '');
    const target = line?.[2]?.split('?')[0];
    refuse(socket, code === 'HPE_INVALID_METHOD' ? 405 : code === 'HPE_HEADER_OVERFLOW' ? 431 : 400, target, line?.[1] === 'HEAD');
  });
  server.listen(port, hostname, () => {
    console.log(`> Ready on http://${hostname && !hostname.includes(':') ? hostname : 'localhost'}:${port}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
