import { describe, expect, it } from 'vitest';
import { measureHref, measureHrefWithList } from '@/components/catalogue/links';
import { EMPTY_QUERY, FORM_KINDS, parseCarriedSearch, parseCatalogueQuery, toSearchParams, withoutFilters } from '@/lib/catalogue/query';
import { listEntries } from '@/lib/my-list/entries';
import { parseList } from '@/lib/my-list/list';

const parse = (qs: string) => parseCatalogueQuery(new URLSearchParams(qs));

describe('"For pårørende" is one choice', () => {
  it('an old kind=for_relatives link becomes the relatives toggle, without a notice', () => {
    const { query, problems } = parse('kind=for_relatives&kind=work&evening=1');
    expect(problems).toEqual([]);
    expect(query.kinds).toEqual(['WORK']);
    expect(query.toggles).toEqual(['evening', 'relatives']);
    expect(toSearchParams(query).toString()).toBe('kind=work&evening=1&relatives=1');
  });

  it('the form offers every kind but FOR_RELATIVES', () => {
    expect(FORM_KINDS).not.toContain('FOR_RELATIVES');
    expect(FORM_KINDS).toContain('YOUTH_FOLLOW_UP');
  });
});

describe('the search a measure page was opened from', () => {
  const search = parse('q=tur&district=arna&weekend=1&sort=updated&page=3&list=a,b').query;

  it('travels in one parameter, canonical and without the list', () => {
    const href = measureHref('nb', 'dagsverket', ['a', 'b'], search);
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/tiltak/dagsverket');
    expect(url.searchParams.get('list')).toBe('a,b');
    expect(url.searchParams.get('search')).toBe('q=tur&district=arna&weekend=1&sort=updated&page=3');
    expect(measureHref('en', 'dagsverket', [], search)).toMatch(/^\/en\/measures\/dagsverket\?search=/);
  });

  it('is left out when there is nothing to go back to but the plain catalogue', () => {
    expect(measureHref('nb', 'dagsverket', [], EMPTY_QUERY)).toBe('/tiltak/dagsverket');
    expect(measureHref('nb', 'dagsverket', [])).toBe('/tiltak/dagsverket');
    expect(measureHrefWithList('nb', 'dagsverket', [], withoutFilters(search))).toBe('/tiltak/dagsverket?list=&search=q%3Dtur%26sort%3Dupdated');
  });

  it('reads back as the same search', () => {
    const carried = new URL(measureHref('nb', 'x', [], search), 'http://x').searchParams.get('search')!;
    expect(parseCarriedSearch(carried)).toEqual({ ...search, page: 3, list: undefined });
  });

  it('is never anything but catalogue parameters', () => {
    for (const bad of ['https://evil.example/', '//evil.example', 'district=mars', '', 'list=a,b']) expect(parseCarriedSearch(bad), bad).toBeNull();
    expect(parseCarriedSearch(['district=arna', 'district=fana'])).toBeNull();
    expect(parseCarriedSearch(undefined)).toBeNull();
    expect(parseCarriedSearch(`q=${'x'.repeat(3000)}`)).toBeNull();
    expect(parseCarriedSearch('district=arna&list=zz')).toMatchObject({ districts: ['ARNA'], list: undefined });
  });
});

describe('list entries', () => {
  it('split as the list page reads them, so the header counts what the page shows', () => {
    expect(listEntries(['a, B,,a', 'c'])).toEqual(['a', 'b', 'c']);
    expect(parseList(['a, B,,a', 'c']).slugs).toEqual(listEntries(['a, B,,a', 'c']));
  });
});
