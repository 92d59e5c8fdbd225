import { describe, expect, it } from 'vitest';
import { parseCatalogueQuery, toSearchParams } from '@/lib/catalogue/query';
import { MAX_LIST_LENGTH, moveItem, parseList, serializeList, toggleItem, withItem, withoutItem } from '@/lib/my-list/list';

describe('"Min liste" in the URL', () => {
  it('reads comma-separated and repeated values in order, without duplicates', () => {
    expect(parseList(['kafe-x,arbeid-i-arna', 'Tur-gruppe', 'kafe-x'])).toEqual({
      slugs: ['kafe-x', 'arbeid-i-arna', 'tur-gruppe'],
      problems: [],
    });
    expect(parseList([])).toEqual({ slugs: [], problems: [] });
    expect(parseList([' , ,'])).toEqual({ slugs: [], problems: [] });
  });

  it('drops and reports what cannot be a slug', () => {
    const { slugs, problems } = parseList(['ok-one,<script>,a--b,-x,ok-two', `${'a'.repeat(101)}`]);
    expect(slugs).toEqual(['ok-one', 'ok-two']);
    expect(problems).toEqual([{ kind: 'invalid' }]);
  });

  it(`keeps at most ${MAX_LIST_LENGTH} and says the rest was left out`, () => {
    const many = Array.from({ length: MAX_LIST_LENGTH + 5 }, (_, i) => `m${i}`);
    const { slugs, problems } = parseList([many.join(',')]);
    expect(slugs).toEqual(many.slice(0, MAX_LIST_LENGTH));
    expect(problems).toEqual([{ kind: 'too_long', max: MAX_LIST_LENGTH }]);
    expect(withItem(slugs, 'one-more')).toEqual(slugs);
  });

  it('writes a list that reads back the same', () => {
    const list = ['a', 'b-c', 'd'];
    expect(serializeList(list)).toBe('a,b-c,d');
    expect(parseList([serializeList(list)]).slugs).toEqual(list);
  });

  it('adds, removes, toggles and moves items', () => {
    expect(withItem(['a'], 'b')).toEqual(['a', 'b']);
    expect(withItem(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withoutItem(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleItem(['a', 'b'], 'b')).toEqual(['a']);
    expect(toggleItem(['a'], 'b')).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the list in catalogue URLs', () => {
  const parse = (qs: string) => parseCatalogueQuery(new URLSearchParams(qs));

  it('is part of the catalogue query and written back last, with the filters', () => {
    const { query, problems } = parse('list=b,a&district=arna&page=2');
    expect(problems).toEqual([]);
    expect(query.list).toEqual(['b', 'a']);
    expect(toSearchParams(query).toString()).toBe('district=arna&page=2&list=b%2Ca');
    const again = parse(toSearchParams(query).toString()).query;
    expect(again).toEqual(query);
  });

  it('leaves an empty list out of the URL', () => {
    expect(parse('list=').query.list).toBeUndefined();
    expect(toSearchParams(parse('list=&q=x').query).toString()).toBe('q=x');
  });

  it('reports a broken list as an ignored part of the link, keeping the good slugs', () => {
    const { query, problems } = parse('list=good,%3Cbad%3E');
    expect(query.list).toEqual(['good']);
    expect(problems).toEqual([{ param: 'list', kind: 'invalid' }]);
  });
});
