import { getTranslations } from 'next-intl/server';
import { activeFilters, type CatalogueQuery } from '@/lib/catalogue/query';
import type { Relaxation } from '@/lib/data/catalogue';
import type { Locale } from '@/lib/i18n/routing';
import { filterLabel } from './active-filter-links';
import { catalogueHref } from './links';

/** When nothing is found: each active filter as a link that drops it, saying what that would give. */
export async function Relaxations({ query, locale, relaxations, heading }: { query: CatalogueQuery; locale: Locale; relaxations: Relaxation[]; heading: string }) {
  const t = await getTranslations('Catalogue');
  const totals = new Map(relaxations.map((r) => [r.filter, r.total]));
  const filters = activeFilters(query).filter((f) => totals.has(f.key));
  if (filters.length === 0) return null;
  const labels = await Promise.all(filters.map(filterLabel));
  return (
    <div>
      <h2 className="text-base font-semibold">{heading}</h2>
      <ul className="mt-1 space-y-1">
        {filters.map((f, i) => (
          <li key={f.key}>
            <a href={catalogueHref(locale, f.without)} className="inline-flex min-h-11 items-center">
              {t('relaxFilter', { label: labels[i]!, count: totals.get(f.key)! })}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
