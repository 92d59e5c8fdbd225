import { createServer } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as hsdsExportRoute } from '@/app/api/hsds/export/route';
import { GET as hsdsOrganizationRoute } from '@/app/api/hsds/organizations/[id]/route';
import { GET as hsdsOrganizationsRoute } from '@/app/api/hsds/organizations/route';
import { GET as hsdsServiceRoute } from '@/app/api/hsds/services/[id]/route';
import { GET as hsdsServicesRoute } from '@/app/api/hsds/services/route';
import { GET as measureRoute } from '@/app/api/v1/measures/[slug]/route';
import { GET as measuresRoute } from '@/app/api/v1/measures/route';
import { GET as providerRoute } from '@/app/api/v1/providers/[slug]/route';
import { GET as providersRoute } from '@/app/api/v1/providers/route';
import { openDatabase, type Database } from '@/lib/db/connection';
import { seedDemoData } from '@/lib/db/seed';
import { createPGliteDatabase, createPostgresDatabase, TEST_DATABASE_URL } from '../helpers/db';

// The open-data API while its database is away: every route answers 503 with Retry-After
// and a JSON error, never a 500 or a database message, so clients and monitors wait and
// try again.

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ROUTES: [string, Handler, Record<string, string>][] = [
  ['/api/v1/measures?q=trening', measuresRoute, {}],
  ['/api/v1/measures/dagsverket', measureRoute, { slug: 'dagsverket' }],
  ['/api/v1/providers', providersRoute, {}],
  ['/api/v1/providers/alf-as', providerRoute, { slug: 'alf-as' }],
  ['/api/hsds/services', hsdsServicesRoute, {}],
  ['/api/hsds/services/x', hsdsServiceRoute, { id: ID }],
  ['/api/hsds/organizations', hsdsOrganizationsRoute, {}],
  ['/api/hsds/organizations/x', hsdsOrganizationRoute, { id: ID }],
  ['/api/hsds/export', hsdsExportRoute, {}],
];

const globals = globalThis as unknown as { ettervernDb?: Database };

async function statuses(): Promise<{ path: string; status: number; retryAfter: string | null; body: string }[]> {
  const out = [];
  for (const [path, handler, params] of ROUTES) {
    const response = await handler(new Request(`http://localhost:3000${path}`), { params: Promise.resolve(params) as Promise<never> });
    out.push({ path, status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() });
  }
  return out;
}

function expectOutage(results: Awaited<ReturnType<typeof statuses>>) {
  for (const r of results) {
    expect(r.status, r.path).toBe(503);
    expect(r.retryAfter, r.path).toMatch(/^\d+$/);
    expect(JSON.parse(r.body), r.path).toEqual({ error: { message: 'The service is temporarily unavailable. Please try again shortly.' } });
  }
}

/** A loopback port where nothing listens: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('open-data API during a database outage', () => {
  afterEach(() => {
    delete globals.ettervernDb;
    vi.restoreAllMocks();
  });

  it('no PostgreSQL server at the address: 503 with Retry-After on every route', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = new URL(TEST_DATABASE_URL);
    url.port = String(await closedPort());
    const db = openDatabase({ url: url.toString() });
    globals.ettervernDb = db;
    try {
      expectOutage(await statuses());
    } finally {
      await db.close();
    }
  });

  it('the database dropped under a running app: 200 before, 503 after', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await createPostgresDatabase();
    globals.ettervernDb = db;
    try {
      await seedDemoData(db.prisma);
      expect((await statuses()).map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 404, 200, 404, 200]);
      // Dropped from outside, as an operator would; the app's pool stays open and reconnects.
      const [row] = await db.sql.query<{ name: string }>('SELECT current_database() AS name');
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE ${row!.name} WITH (FORCE)`).finally(() => admin.end());
      expectOutage(await statuses());
    } finally {
      await db.close().catch(() => {});
    }
  });

  it('a closed embedded database (PGlite): 503 as well', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = await createPGliteDatabase();
    globals.ettervernDb = db;
    await db.close();
    expectOutage(await statuses());
  });

  it('other failures stay a plain 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const db = await createPGliteDatabase({ migrated: false });
    globals.ettervernDb = db;
    try {
      const results = await statuses();
      expect(results.map((r) => r.status)).toEqual(ROUTES.map(() => 500));
      expect(log).toHaveBeenCalled();
    } finally {
      await db.close();
    }
  });
});
