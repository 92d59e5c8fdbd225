import { expect, test, type APIResponse } from '@playwright/test';
import { openCatalogue, resultCount, resultTitles } from './helpers/catalogue';

// The open-data API on the production build and the demo data: the same answers as the
// catalogue page, 400 with a reason for bad parameters, cacheable responses without
// cookies, and an HSDS export whose rows link up.

async function json(response: APIResponse) {
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  return response.json();
}

test.describe('open data API', () => {
  test('lists the same measures as the catalogue page, with the same filters', async ({ request, page }) => {
    const filters = 'kind=low_threshold_centre&criteria=no_referral';
    const response = await request.get(`/api/v1/measures?${filters}&per_page=100`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['cache-control']).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(headers['etag']).toBeTruthy();
    expect(headers['set-cookie']).toBeUndefined();
    const body = await json(response);
    expect(body.data.length).toBeGreaterThan(0);
    for (const m of body.data) {
      expect(m.kind).toBe('low_threshold_centre');
      expect(m.eligibility.referralRequired).toBe(false);
      expect(m).not.toHaveProperty('sourceNote');
    }
    // Asked again with its ETag (right away: a keep-alive socket left idle while the page
    // below renders may be closed by the server under the client's feet).
    const again = await request.get(`/api/v1/measures?${filters}&per_page=100`, { headers: { 'if-none-match': headers['etag']! } });
    expect(again.status()).toBe(304);

    await openCatalogue(page, filters);
    expect(body.meta.total).toBe(await resultCount(page));
    expect(body.data.map((m: { name: string }) => m.name)).toEqual(await resultTitles(page));
  });

  test('pages with links that work', async ({ request }) => {
    const first = await json(await request.get('/api/v1/measures?per_page=5'));
    expect(first.data).toHaveLength(5);
    expect(first.meta.totalPages).toBe(Math.ceil(first.meta.total / 5));
    const next = new URL(first.links.next);
    const second = await json(await request.get(`${next.pathname}${next.search}`));
    expect(second.meta.page).toBe(2);
    const names = [...first.data, ...second.data].map((m: { slug: string }) => m.slug);
    expect(new Set(names).size).toBe(10);
  });

  test('refuses bad parameters with 400 and says which and why', async ({ request }) => {
    for (const [query, parameter, reason] of <[string, string, string][]>[
      ['age=abc', 'age', '"abc" is not a whole number'],
      ['district=Mars', 'district', '"Mars" must be one of: arna'],
      ['per_page=1000', 'per_page', 'must be at most 100'],
      ['sort=best&colour=red', 'colour', 'is not a known parameter'],
    ]) {
      const response = await request.get(`/api/v1/measures?${query}`);
      expect(response.status(), query).toBe(400);
      expect(response.headers()['cache-control']).toBe('no-store');
      const body = await json(response);
      expect(body.error.message, query).toContain(parameter);
      expect(body.error.issues, query).toContainEqual({ parameter, message: expect.stringContaining(reason) });
      expect(JSON.stringify(body)).not.toMatch(/node_modules|\bat \S+:\d+:\d+|prisma/i);
    }
  });

  test('serves one measure and provider, and a JSON 404 for unknown ones', async ({ request }) => {
    const measure = await json(await request.get('/api/v1/measures/mo-wergeland'));
    expect(measure.data).toMatchObject({ slug: 'mo-wergeland', provider: { slug: 'bergen-kommune' }, hours: { timezone: 'Europe/Oslo' } });
    expect(Object.keys(measure.data.translations)).toEqual(['nn', 'en']);
    expect(measure.data.hours.weekly.length).toBeGreaterThan(0);
    const provider = await json(await request.get('/api/v1/providers/bergen-kommune'));
    expect(provider.data.measures.map((m: { slug: string }) => m.slug)).toContain('mo-wergeland');
    for (const path of ['/api/v1/measures/finnes-ikke', '/api/v1/providers/finnes-ikke', '/api/hsds/services/finnes-ikke']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect((await json(response)).error.message).toMatch(/not found/);
    }
  });

  test('exports HSDS 3 whose services, organizations, locations and schedules link up', async ({ request }) => {
    const doc = await json(await request.get('/api/hsds/export'));
    const total = (await json(await request.get('/api/v1/measures?per_page=1'))).meta.total;
    expect(doc.services).toHaveLength(total);
    const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
    const [organizations, services, locations] = [ids(doc.organizations), ids(doc.services), ids(doc.locations)];
    for (const s of doc.services) {
      expect(organizations.has(s.organization_id)).toBe(true);
      expect(s.status).toBe('active');
    }
    for (const l of doc.service_at_locations) expect(services.has(l.service_id) && locations.has(l.location_id)).toBe(true);
    expect(doc.schedules.length).toBeGreaterThan(0);
    for (const s of doc.schedules) expect(services.has(s.service_id)).toBe(true);
    const weekly = doc.schedules.find((s: { freq: string | null }) => s.freq === 'WEEKLY');
    expect(weekly.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)(,|$)/);
    expect(weekly.opens_at).toMatch(/^\d\d:\d\d$/);

    const paged = await json(await request.get('/api/hsds/services?per_page=10&page=1'));
    expect(paged).toMatchObject({ total_items: total, page_number: 1, size: 10, first_page: true, empty: false });
    const one = await json(await request.get(`/api/hsds/services/${paged.contents[0].id}`));
    expect(one.organization.id).toBe(paged.contents[0].organization_id);
  });
});
