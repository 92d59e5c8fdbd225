import { getTranslations } from 'next-intl/server';
import { activeFilters, withoutFilters, type ActiveFilter, type CatalogueQuery } from '@/lib/catalogue/query';
import type { Locale } from '@/lib/i18n/routing';
import { catalogueHref } from './links';

export async function filterLabel(filter: ActiveFilter): Promise<string> {
  const t = await getTranslations('Catalogue');
  const tEnum = await getTranslations('Enums');
  switch (filter.group) {
    case 'district':
      return tEnum(`District.${filter.value as 'ARNA'}`);
    case 'kind':
      return tEnum(`MeasureKind.${filter.value as 'ACTIVITY'}`);
    case 'category':
      return tEnum(`ContentCategory.${filter.value as 'MUSIC'}`);
    case 'sobriety':
      return `${t('sobriety')}: ${tEnum(`SobrietyRule.${filter.value as 'NONE'}`)}`;
    case 'criteria':
      return t(`criterion.${filter.value as 'free'}`);
    case 'toggle':
      return t(`toggle.${filter.value as 'evening'}`);
    case 'gender':
      return filter.value === 'women' ? t('genderWomen') : t('genderMen');
    case 'age':
      return `${t('age')}: ${t('ageLabel', { age: filter.value })}`;
  }
}

/** An active filter with its visible name and the link to the same search without it. */
export interface LabelledFilter extends ActiveFilter {
  label: string;
  /** The catalogue showing `without` (the search minus this filter, from page 1). */
  href: string;
}

/**
 * Every active filter of a search, named as the chips and the "remove a filter" offers name
 * it, with the search that remains without it. One source for both, so a chip and an offer
 * never call the same filter by two names.
 */
export async function labelledActiveFilters(query: CatalogueQuery, locale: Locale): Promise<LabelledFilter[]> {
  const filters = activeFilters(query);
  const labels = await Promise.all(filters.map(filterLabel));
  return filters.map((f, i) => ({ ...f, label: labels[i]!, href: catalogueHref(locale, f.without) }));
}

/**
 * The chosen filters as chips above the results: each a plain link to the same search
 * without that filter (no script needed), named "Fjern filter: …" for screen readers.
 */
export async function ActiveFilterLinks({ query, locale, heading }: { query: CatalogueQuery; locale: Locale; heading: string }) {
  const t = await getTranslations('Catalogue');
  const filters = await labelledActiveFilters(query, locale);
  if (filters.length === 0) return null;
  return (
    <div>
      <h2 className="text-base font-semibold">{heading}</h2>
      <ul className="mt-1 flex flex-wrap gap-2">
        {filters.map((f) => (
          <li key={`${f.group}-${f.value}`}>
            <a href={f.href} aria-label={t('removeFilter', { label: f.label })} className="chip">
              {f.label} <span aria-hidden="true">✕</span>
            </a>
          </li>
        ))}
        {filters.length > 1 && (
          <li>
            <a href={catalogueHref(locale, withoutFilters(query))} className="inline-flex min-h-11 items-center px-2">
              {t('clearAll')}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
