// A stream of distinct catalogue searches for the benchmark's "500 distinct searches" row:
// random valid filter combinations, as visitors make them (a word from the catalogue
// perhaps, a district or two, a kind or category, an age, a criterion or a time), each
// written in its canonical form and none repeated, so no cache of earlier answers helps.
import { CRITERIA, EMPTY_QUERY, GENDER_FILTERS, TOGGLES, toSearchParams, type CatalogueQuery } from '../../lib/catalogue/query';
import { ContentCategory, District, MeasureKind } from '../../lib/generated/prisma/enums';
import { createRandom } from '../../lib/db/synthetic';
import { ACTIVITIES } from '../../lib/db/synthetic-words';

export function distinctSearches(count: number, seed = Date.now()): string[] {
  const { next: random, pick, int } = createRandom(seed);
  const some = <T,>(values: readonly T[], max: number): T[] => [...new Set(Array.from({ length: int(0, max) }, () => pick(values)))];
  const words = ACTIVITIES.map((a) => a.word.toLowerCase().slice(0, int(4, 8)));
  const seen = new Set<string>();
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 100; tries++) {
    const query: CatalogueQuery = {
      ...EMPTY_QUERY,
      q: random() < 0.4 ? pick(words) : '',
      districts: some(Object.values(District), 2),
      age: random() < 0.3 ? int(16, 75) : null,
      gender: random() < 0.15 ? pick(GENDER_FILTERS) : null,
      kinds: some(Object.values(MeasureKind), 1),
      categories: some(Object.values(ContentCategory), 2),
      criteria: some(CRITERIA, 1),
      toggles: some(TOGGLES, 1),
    };
    query.sort = query.q ? 'relevance' : 'name';
    const search = toSearchParams(query).toString();
    if (seen.has(search)) continue;
    seen.add(search);
    out.push(`/tiltak?${search}`);
  }
  return out;
}
