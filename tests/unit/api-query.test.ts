import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, parseCatalogueQuery, toSearchParams } from '@/lib/catalogue/query';
import { parseMeasureListParams, parseNoParams, parsePagingParams } from '@/lib/validation/api-query';

const parse = (qs: string) => parseMeasureListParams(new URLSearchParams(qs));
const issues = (qs: string) => {
  const r = parse(qs);
  if (r.ok) throw new Error(`expected ${qs} to fail`);
  return r.issues;
};

describe('open-data API query parameters', () => {
  it('reads the catalogue’s own parameters into the catalogue’s query', () => {
    const qs =
      'q=trening&district=arna&district=ASANE&age=30&gender=women&kind=activity&category=music&category=outdoors' +
      '&criteria=drop_in&criteria=free&sobriety=not_intoxicated&evening=1&weekend=true&sort=updated&page=2';
    const r = parse(`${qs}&per_page=50`);
    expect(r).toEqual({ ok: true, value: { page: 2, perPage: 50, match: 'all', query: parseCatalogueQuery(new URLSearchParams(qs)).query } });
    // And a catalogue link's query string, written by the catalogue, is accepted as it is.
    const { query } = parseCatalogueQuery(new URLSearchParams(qs));
    expect(parse(toSearchParams(query).toString())).toMatchObject({ ok: true, value: { query } });
  });

  it('defaults to the whole catalogue by name, 20 a page', () => {
    expect(parse('')).toEqual({ ok: true, value: { page: 1, perPage: 20, match: 'all', query: EMPTY_QUERY } });
    expect(parse('q=musikk')).toMatchObject({ ok: true, value: { query: { q: 'musikk', sort: 'relevance' } } });
    expect(parse('sort=relevance')).toMatchObject({ ok: true, value: { query: { sort: 'name' } } });
    expect(parse('evening=false&weekend=0')).toMatchObject({ ok: true, value: { query: { toggles: [] } } });
    expect(parse('district=&age=')).toEqual({ ok: true, value: { page: 1, perPage: 20, match: 'all', query: EMPTY_QUERY } });
  });

  it('refuses bad values, naming each parameter and saying what is allowed', () => {
    expect(issues('age=abc')).toEqual([{ parameter: 'age', message: '"abc" is not a whole number' }]);
    expect(issues('age=121')).toEqual([{ parameter: 'age', message: 'must be at most 120' }]);
    const [district] = issues('district=Mars');
    expect(district).toEqual({ parameter: 'district', message: expect.stringContaining('"Mars" must be one of: arna, bergenhus') });
    expect(issues('per_page=1000')).toEqual([{ parameter: 'per_page', message: 'must be at most 100' }]);
    expect(issues('per_page=0')).toEqual([{ parameter: 'per_page', message: 'must be at least 1' }]);
    expect(issues('page=1001')).toEqual([{ parameter: 'page', message: 'must be at most 1000' }]);
    expect(issues('colour=red')).toEqual([{ parameter: 'colour', message: 'is not a known parameter' }]);
    expect(issues('age=30&age=40')).toEqual([{ parameter: 'age', message: 'must be given only once' }]);
    expect(issues('evening=maybe')).toEqual([{ parameter: 'evening', message: '"maybe" must be true or false' }]);
    expect(issues(`q=${'a'.repeat(201)}`)).toEqual([{ parameter: 'q', message: 'must be at most 200 characters' }]);
    expect(issues("kind='; DROP TABLE measure;--&sort=random").map((i) => i.parameter)).toEqual(['kind', 'sort']);
    expect(issues('match=maybe')).toEqual([{ parameter: 'match', message: '"maybe" must be one of: all, exact' }]);
    expect(parse('match=EXACT')).toMatchObject({ ok: true, value: { match: 'exact' } });
  });

  it('refuses parameters named after Object\'s own members as unknown, on every list', () => {
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) {
      const expected = [{ parameter: name, message: 'is not a known parameter' }];
      expect(issues(`${name}=1`), name).toEqual(expected);
      expect(issues(`${name}=1&${name}=2&district=arna`), name).toEqual(expected);
      expect(parsePagingParams(new URLSearchParams(`${name}=1`)), name).toEqual({ ok: false, issues: expected });
      expect(parseNoParams(new URLSearchParams(`${name}=`)), name).toEqual({ ok: false, issues: expected });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes only paging on plain lists, and nothing on single items', () => {
    expect(parsePagingParams(new URLSearchParams('page=2&per_page=5'))).toEqual({ ok: true, value: { page: 2, perPage: 5 } });
    expect(parsePagingParams(new URLSearchParams('district=arna'))).toEqual({
      ok: false,
      issues: [{ parameter: 'district', message: 'is not a known parameter' }],
    });
    expect(parseNoParams(new URLSearchParams(''))).toEqual({ ok: true, value: null });
    expect(parseNoParams(new URLSearchParams('page=2')).ok).toBe(false);
  });
});
