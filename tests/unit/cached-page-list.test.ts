import { describe, expect, it } from 'vitest';
import { COUNT_SLOT } from '@/lib/my-list/entries';
import { KEEPS_LIST, LIST_COUNT, withListInPage } from '@/lib/my-list/cached-page-list';

// The header and links of a page from the page cache, as React renders their fallbacks.
const page = [
  `<a href="/tiltak" class="x" ${KEEPS_LIST}="">Alle tiltak</a>`,
  `<a href="/tilbydere">Tilbydere</a>`,
  `<li hidden="" ${LIST_COUNT}=""><a href="/min-liste" class="y">Min liste (${COUNT_SLOT})</a></li>`,
  `<a href="/en" lang="en" ${KEEPS_LIST}="">English</a>`,
  `<script>self.__next_f.push([1,"{\\"data-keeps-list\\":\\"\\",\\"href\\":\\"/tiltak\\"}"])</script>`,
].join('');

describe('the list in a page from the page cache', () => {
  it('adds the list to the marked links and shows the count link', () => {
    const html = withListInPage(page, 'list=fritid-med-bistand,tidlig-ute')!;
    const kept = 'list=fritid-med-bistand%2Ctidlig-ute';
    expect(html).toContain(`<a href="/tiltak?${kept}" class="x" ${KEEPS_LIST}="">Alle tiltak</a>`);
    expect(html).toContain(`<a href="/en?${kept}" lang="en"`);
    expect(html).toContain(`<li><a href="/min-liste?${kept}" class="y">Min liste (2)</a></li>`);
    // Unmarked links, and React's data for the browser, stay as they were.
    expect(html).toContain('<a href="/tilbydere">Tilbydere</a>');
    expect(html).toContain('\\"href\\":\\"/tiltak\\"');
    expect(html).not.toContain(COUNT_SLOT);
  });

  it('counts entries as the browser does (repeated parameters, repeats left out) and encodes them', () => {
    const html = withListInPage(page, 'q=x&list=a,b&list=b,C&list=%22%3E%3Cscript%3E')!;
    expect(html).toContain('Min liste (4)');
    expect(html).toContain('href="/tiltak?list=a%2Cb%2Cc%2C%22%3E%3Cscript%3E"');
    expect(html).not.toContain('"><script>');
  });

  it('leaves a page without a list alone', () => {
    for (const search of ['', 'q=trening', 'list=', 'list=,,', 'playlist=a']) {
      expect(withListInPage(page, search), search).toBeNull();
    }
  });
});
