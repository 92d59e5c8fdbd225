import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, MAX_QUERY_LENGTH, parseCatalogueQuery, toSearchParams } from '@/lib/catalogue/query';

const parse = (qs: string) => parseCatalogueQuery(new URLSearchParams(qs));

describe('catalogue query from the URL', () => {
  it('reads every filter, in any case, and drops duplicates', () => {
    const { query, problems } = parse(
      'q=trening&district=arna&district=ASANE&district=arna&age=30&gender=women&kind=activity&category=music&category=outdoors' +
        '&criteria=drop_in&criteria=free&sobriety=not_intoxicated&evening=1&weekend=on&sort=updated&page=2',
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      q: 'trening',
      districts: ['ARNA', 'ASANE'],
      age: 30,
      gender: 'women',
      kinds: ['ACTIVITY'],
      categories: ['MUSIC', 'OUTDOORS'],
      criteria: ['drop_in', 'free'],
      sobriety: 'NOT_INTOXICATED',
      toggles: ['evening', 'weekend'],
      sort: 'updated',
      page: 2,
    });
  });

  it('ignores and reports bad values instead of failing', () => {
    const { query, problems } = parse("age=abc&district=oslo&page=-1&sort=random&gender=x&unknown=1&kind='; DROP TABLE measure;--");
    expect(query).toEqual(EMPTY_QUERY);
    expect(problems.map((p) => p.param).sort()).toEqual(['age', 'district', 'gender', 'kind', 'page', 'sort']);
    expect(parse('age=999').query.age).toBeNull();
    expect(parse('age=999').problems).toEqual([{ param: 'age', kind: 'invalid' }]);
  });

  it('ignores parameters that are not its own without a notice (tags other sites add to links)', () => {
    expect(parse('fbclid=abc&utm_source=sms&evening=1')).toEqual({ query: { ...EMPTY_QUERY, toggles: ['evening'] }, problems: [] });
  });

  it('shortens a very long query and says so', () => {
    const { query, problems } = parse(`q=${'a'.repeat(5000)}`);
    expect(query.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(problems).toEqual([{ param: 'q', kind: 'too_long' }]);
  });

  it('sorts by relevance only when there are words to search for', () => {
    expect(parse('q=musikk').query.sort).toBe('relevance');
    expect(parse('').query.sort).toBe('name');
    expect(parse('sort=relevance').query.sort).toBe('name');
  });

  it('writes a query back to the same canonical URL', () => {
    const qs = 'q=trening&district=arna&age=30&category=music&criteria=free&evening=1&sort=name&page=3';
    const once = toSearchParams(parse(qs).query).toString();
    expect(toSearchParams(parse(once).query).toString()).toBe(once);
    expect(once).toBe('q=trening&district=arna&age=30&category=music&criteria=free&evening=1&sort=name&page=3');
    expect(toSearchParams(EMPTY_QUERY).toString()).toBe('');
  });
});
