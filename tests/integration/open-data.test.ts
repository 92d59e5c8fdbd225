import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as hsdsExportRoute } from '@/app/api/hsds/export/route';
import { GET as hsdsOrganizationRoute } from '@/app/api/hsds/organizations/[id]/route';
import { GET as hsdsServiceRoute } from '@/app/api/hsds/services/[id]/route';
import { GET as hsdsServicesRoute } from '@/app/api/hsds/services/route';
import { GET as measureRoute } from '@/app/api/v1/measures/[slug]/route';
import { GET as measuresRoute } from '@/app/api/v1/measures/route';
import { GET as providerRoute } from '@/app/api/v1/providers/[slug]/route';
import { GET as providersRoute } from '@/app/api/v1/providers/route';
import { parseCatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import { getOpenMeasure, getOpenProvider, listOpenMeasures, listOpenProviders, searchOpenMeasures } from '@/lib/data/open-data';
import type { Database } from '@/lib/db/connection';
import { seedDemoData } from '@/lib/db/seed';
import type { HsdsExport } from '@/lib/open-data/hsds-export';
import { parseMeasureListParams } from '@/lib/validation/api-query';
import { databaseKinds, type TestDatabase } from '../helpers/db';

// The open-data API on the demo catalogue with drafts mixed in: its data functions, and
// its route handlers called as Next.js calls them, against PGlite and PostgreSQL.
const SECRET = 'Kilde: intern merknad som aldri skal ut';

/** Any route handler: each names its own params, which `call` passes through untyped. */
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
async function call(handler: Handler, path: string, params: Record<string, string> = {}, headers: HeadersInit = {}) {
  const response = await handler(new Request(`http://localhost:3000${path}`, { headers }), { params: Promise.resolve(params) as Promise<never> });
  const text = await response.text();
  return { response, text, body: text ? JSON.parse(text) : null };
}

describe.each(databaseKinds)('open-data API on $kind', ({ create }) => {
  let db: TestDatabase;
  const globals = globalThis as unknown as { ettervernDb?: Database };
  const prisma = () => db.prisma;

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    const p = db.prisma;
    // The app's database (lib/db), for the route handlers.
    globals.ettervernDb = db;
    const alf = await p.provider.findUniqueOrThrow({ where: { slug: 'alf-as' } });
    await p.measure.updateMany({ data: { sourceNote: SECRET } });
    const draft = { summary: 'Utkast.', kind: 'ACTIVITY' as const, categories: [], districts: ['ARNA' as const], dropIn: true, sourceNote: SECRET };
    await p.measure.create({ data: { ...draft, slug: 'aaa-utkast', name: 'AAA utkast', status: 'DRAFT', providerId: alf.id } });
    await p.measure.create({ data: { ...draft, slug: 'aaa-arkivert', name: 'AAA arkivert', status: 'ARCHIVED', providerId: alf.id } });
    const quiet = await p.provider.create({ data: { slug: 'stille', name: 'Stille AS', type: 'PRIVATE' } });
    await p.measure.create({ data: { ...draft, slug: 'stille-utkast', name: 'Stille utkast', status: 'DRAFT', providerId: quiet.id } });
  });
  afterAll(async () => {
    delete globals.ettervernDb;
    await db?.close();
  });

  const published = async () => db.prisma.measure.findMany({ where: { status: 'PUBLISHED' }, select: { id: true, slug: true } });

  /** Every slug the catalogue page would list for a query string, in its order. */
  async function catalogueSlugs(qs: string): Promise<string[]> {
    const all: string[] = [];
    for (let page = 1; ; page++) {
      const r = await searchCatalogue({ ...parseCatalogueQuery(new URLSearchParams(qs)).query, page }, new Date(), prisma());
      all.push(...r.items.map((i) => i.slug));
      if (all.length >= r.total || r.items.length === 0) return all;
    }
  }

  it('finds what the catalogue finds, in its order, in pages of any size', async () => {
    for (const qs of ['', 'district=arna', 'age=20&criteria=drop_in', 'q=fotball', 'kind=work&category=work_training', 'weekend=1', 'gender=women']) {
      const request = parseMeasureListParams(new URLSearchParams(`${qs}&per_page=100`));
      if (!request.ok) throw new Error(qs);
      const result = await searchOpenMeasures(request.value, new Date(), prisma());
      const expected = await catalogueSlugs(qs);
      expect(result.items.map((m) => m.slug), qs).toEqual(expected);
      expect(result.total, qs).toBe(expected.length);
    }
    const small = parseMeasureListParams(new URLSearchParams('per_page=7&page=2'));
    if (!small.ok) throw new Error('per_page');
    const page2 = await searchOpenMeasures(small.value, new Date(), prisma());
    expect(page2.items.map((m) => m.slug)).toEqual((await catalogueSlugs('')).slice(7, 14));
  });

  it('reads published measures only, with translations, hours and locations, never the source note', async () => {
    const all = await listOpenMeasures(undefined, new Date(), prisma());
    expect(all.total).toBe((await published()).length);
    expect(new Set(all.items.map((m) => m.slug))).toEqual(new Set((await published()).map((m) => m.slug)));
    expect(JSON.stringify(all)).not.toContain(SECRET);
    const mo = (await getOpenMeasure({ slug: 'mo-wergeland' }, new Date('2026-11-01T12:00:00Z'), prisma()))!;
    const row = await db.prisma.measure.findUniqueOrThrow({ where: { slug: 'mo-wergeland' }, include: { openingHours: true } });
    expect(mo.translations).toEqual({
      nn: { name: row.nameNn, summary: row.summaryNn, description: row.descriptionNn, howToStart: row.howToStartNn },
      en: { name: row.nameEn, summary: row.summaryEn, description: row.descriptionEn, howToStart: row.howToStartEn },
    });
    expect(mo.openingHours).toHaveLength(row.openingHours.length);
    expect(mo.exceptions.map((e) => e.startDate)).toEqual(['2026-12-24']);
    expect(mo.locations[0]).toMatchObject({ name: 'MO-Wergeland', postcode: '5054', district: 'ARSTAD', placeholder: true });
    expect(mo.provider.slug).toBe('bergen-kommune');
    expect(await getOpenMeasure({ id: mo.id }, new Date(), prisma())).toMatchObject({ slug: 'mo-wergeland' });
    // Exceptions that are over are left out.
    expect((await getOpenMeasure({ slug: 'mo-wergeland' }, new Date('2027-01-10T12:00:00Z'), prisma()))!.exceptions).toEqual([]);
    for (const key of [{ slug: 'aaa-utkast' }, { slug: 'aaa-arkivert' }, { slug: 'Not a slug!' }, { id: 'nope' }]) {
      expect(await getOpenMeasure(key, new Date(), prisma())).toBeNull();
    }
  });

  it('lists providers that have a published measure, with how many', async () => {
    const { total, items } = await listOpenProviders(undefined, prisma());
    expect(items.map((p) => p.slug)).not.toContain('stille');
    expect(total).toBe(items.length);
    const alf = items.find((p) => p.slug === 'alf-as')!;
    expect(alf.measureCount).toBe(await db.prisma.measure.count({ where: { status: 'PUBLISHED', provider: { slug: 'alf-as' } } }));
    expect(await getOpenProvider({ slug: 'stille' }, prisma())).toBeNull();
    expect(await getOpenProvider({ id: alf.id }, prisma())).toMatchObject({ slug: 'alf-as' });
    const paged = await listOpenProviders({ page: 2, perPage: 3 }, prisma());
    expect(paged.items.map((p) => p.slug)).toEqual(items.slice(3, 6).map((p) => p.slug));
  });

  it('serves filtered lists with paging links and cache headers, and 304 for an unchanged body', async () => {
    const { response, body } = await call(measuresRoute, '/api/v1/measures?criteria=no_referral&per_page=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    const expected = await catalogueSlugs('criteria=no_referral');
    expect(expected.length).toBeGreaterThan(2);
    expect(body.data.map((m: { slug: string }) => m.slug)).toEqual(expected.slice(0, 2));
    expect(body.meta).toEqual({ total: expected.length, page: 1, perPage: 2, totalPages: Math.ceil(expected.length / 2) });
    expect(body.links.prev).toBeNull();
    expect(new URL(body.links.next).search).toBe('?criteria=no_referral&per_page=2&page=2');
    for (const m of body.data) {
      expect(m.eligibility.referralRequired).toBe(false);
    }
    const etag = response.headers.get('etag')!;
    const again = await call(measuresRoute, '/api/v1/measures?criteria=no_referral&per_page=2', {}, { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('refuses bad parameters with a 400 naming them', async () => {
    for (const [qs, parameter] of [
      ['age=abc', 'age'],
      ['district=Mars', 'district'],
      ['per_page=1000', 'per_page'],
      ['colour=red', 'colour'],
    ] as const) {
      const { response, body } = await call(measuresRoute, `/api/v1/measures?${qs}`);
      expect(response.status, qs).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(body.error.message).toContain(parameter);
      expect(body.error.issues).toEqual([{ parameter, message: expect.any(String) }]);
    }
    expect((await call(providersRoute, '/api/v1/providers?district=arna')).response.status).toBe(400);
    expect((await call(hsdsServicesRoute, '/api/hsds/services?per_page=abc')).response.status).toBe(400);
  });

  it('serves one measure or provider, and a JSON 404 for unknown, draft and odd slugs', async () => {
    const { response, body } = await call(measureRoute, '/api/v1/measures/mo-wergeland', { slug: 'mo-wergeland' });
    expect(response.status).toBe(200);
    expect(body.data).toMatchObject({ slug: 'mo-wergeland', kind: 'low_threshold_centre', hours: { status: 'regular', timezone: 'Europe/Oslo' } });
    expect(body.data.hours.weekly[0]).toEqual({ weekday: 1, opens: '09:00', closes: '15:00', overnight: false, validFrom: null, validTo: null });
    expect(Object.keys(body.data.translations)).toEqual(['nn', 'en']);
    expect(body.data.links.page.en).toMatch(/\/en\/measures\/mo-wergeland$/);
    for (const slug of ['aaa-utkast', 'finnes-ikke', '%00', 'x'.repeat(500)]) {
      const missing = await call(measureRoute, `/api/v1/measures/x`, { slug });
      expect(missing.response.status).toBe(404);
      expect(missing.body).toEqual({ error: { message: 'Measure not found.' } });
    }
    const provider = await call(providerRoute, '/api/v1/providers/alf-as', { slug: 'alf-as' });
    expect(provider.body.data).toMatchObject({ slug: 'alf-as', type: expect.any(String) });
    expect(provider.body.data.measures.map((m: { slug: string }) => m.slug)).not.toContain('aaa-utkast');
    expect((await call(providerRoute, '/api/v1/providers/stille', { slug: 'stille' })).response.status).toBe(404);
    const providers = await call(providersRoute, '/api/v1/providers?per_page=100');
    expect(providers.body.meta.total).toBe(providers.body.data.length);
  });

  it('exports HSDS whose rows all link up, with nothing unpublished', async () => {
    const { response, body, text } = await call(hsdsExportRoute, '/api/hsds/export');
    expect(response.status).toBe(200);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('aaa-utkast');
    const doc = body as HsdsExport;
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    for (const table of ['organizations', 'services', 'locations', 'addresses', 'service_at_locations', 'schedules', 'attributes', 'taxonomy_terms', 'phones', 'contacts'] as const) {
      expect(ids(doc[table]).size, `${table} ids are unique`).toBe(doc[table].length);
    }
    const [organizations, services, locations, terms] = [ids(doc.organizations), ids(doc.services), ids(doc.locations), ids(doc.taxonomy_terms)];
    expect(services).toEqual(new Set((await published()).map((m) => m.id)));
    expect(doc.organizations.map((o) => o.name)).not.toContain('Stille AS');
    for (const s of doc.services) expect(organizations.has(s.organization_id)).toBe(true);
    for (const l of doc.service_at_locations) expect(services.has(l.service_id) && locations.has(l.location_id)).toBe(true);
    for (const s of doc.schedules) expect(services.has(s.service_id)).toBe(true);
    for (const a of doc.addresses) expect(locations.has(a.location_id)).toBe(true);
    for (const a of doc.attributes) {
      expect((a.link_entity === 'service' ? services : organizations).has(a.link_id)).toBe(true);
      expect(terms.has(a.taxonomy_term_id)).toBe(true);
    }
    expect(doc.schedules.length).toBeGreaterThan(0);
    expect(doc.schedules.every((s) => s.freq === null || (s.freq === 'WEEKLY' && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(s.byday!)))).toBe(true);
  });

  it('pages HSDS services and organizations, and serves one of each', async () => {
    const total = (await published()).length;
    const { body } = await call(hsdsServicesRoute, '/api/hsds/services?page=2&per_page=10');
    expect(body).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 10), page_number: 2, size: 10, first_page: false, empty: false });
    expect(body.contents).toHaveLength(Math.min(10, total - 10));
    const service = body.contents[0];
    const one = await call(hsdsServiceRoute, `/api/hsds/services/${service.id}`, { id: service.id });
    expect(one.body).toMatchObject({ id: service.id, organization: { id: service.organization_id } });
    const org = await call(hsdsOrganizationRoute, `/api/hsds/organizations/x`, { id: service.organization_id });
    expect(org.body.services.map((s: { id: string }) => s.id)).toContain(service.id);
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect((await call(hsdsServiceRoute, '/api/hsds/services/x', { id })).response.status).toBe(404);
      expect((await call(hsdsOrganizationRoute, '/api/hsds/organizations/x', { id })).response.status).toBe(404);
    }
  });
});

// tests/integration/auth-admin-actions.test.ts lets these folders through without a
// session check because they only read; this keeps them that way.
describe('the open-data API only reads', () => {
  it('has route handlers for GET and nothing else', () => {
    const root = path.resolve(__dirname, '../..');
    const files = ['app/api/v1', 'app/api/hsds'].flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /(^|\/)route\.tsx?$/.test(f))
        .map((f) => path.join(root, dir, f)),
    );
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const exported = [...readFileSync(file, 'utf8').matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)].map((m) => m[1]);
      expect(exported, file).toEqual(['GET']);
    }
  });
});
