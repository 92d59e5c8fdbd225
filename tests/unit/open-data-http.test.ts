import { afterEach, describe, expect, it, vi } from 'vitest';
import { badRequest, guarded, jsonResponse } from '@/lib/open-data/http';

describe('open-data API responses', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers a failure with a plain 500, logged, never with the error itself', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await guarded('test', async () => {
      throw new Error('relation "measure" does not exist at /work/main/node_modules/x.js:1:2');
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { message: 'Something went wrong on our side. Please try again later.' } });
    expect(text).not.toMatch(/measure|node_modules/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('gives cacheable JSON with an ETag, and 304 when the client has it', async () => {
    const request = new Request('http://localhost/api/v1/measures');
    const first = jsonResponse(request, { a: 1 });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(jsonResponse(new Request(request, { headers: { 'if-none-match': `W/${etag}, "other"` } }), { a: 1 }).status).toBe(304);
    expect(jsonResponse(new Request(request, { headers: { 'if-none-match': etag } }), { a: 2 }).status).toBe(200);
  });

  it('names every bad parameter once in the 400 message', async () => {
    const response = badRequest([
      { parameter: 'age', message: 'x' },
      { parameter: 'district', message: 'y' },
      { parameter: 'district', message: 'z' },
    ]);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('Invalid query parameters: age, district.');
  });
});
