import { getTranslations } from 'next-intl/server';
import { activeFilters, type ActiveFilter, type CatalogueQuery } from '@/lib/catalogue/query';
import type { Locale } from '@/lib/i18n/routing';
import { catalogueHref } from './links';

export async function filterLabel(filter: ActiveFilter): Promise<string> {
  const t = await getTranslations('Catalogue');
  const tEnum = await getTranslations('Enums');
  switch (filter.group) {
    case 'district':
      return tEnum(`District.${filter.value as 'ARNA'}`);
    case 'kind':
      // Prefixed: the kind "For pårørende" would otherwise read like the toggle of that name.
      return `${t('kind')}: ${tEnum(`MeasureKind.${filter.value as 'ACTIVITY'}`)}`;
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

/** Each active filter as a link that removes it; used above results and when none match. */
export async function ActiveFilterLinks({ query, locale, heading }: { query: CatalogueQuery; locale: Locale; heading: string }) {
  const t = await getTranslations('Catalogue');
  const filters = activeFilters(query);
  if (filters.length === 0) return null;
  const labels = await Promise.all(filters.map(filterLabel));
  return (
    <div>
      <h2 className="text-base font-semibold">{heading}</h2>
      <ul className="mt-1 flex flex-wrap gap-2">
        {filters.map((f, i) => (
          <li key={`${f.group}-${f.value}`}>
            <a
              href={catalogueHref(locale, f.without)}
              aria-label={t('removeFilter', { label: labels[i]! })}
              className="inline-flex min-h-11 items-center gap-1 rounded-full border border-brand-700 px-3 no-underline"
            >
              {labels[i]} <span aria-hidden="true">✕</span>
            </a>
          </li>
        ))}
        {filters.length > 1 && (
          <li>
            <a href={catalogueHref(locale, { ...query, districts: [], age: null, gender: null, kinds: [], categories: [], criteria: [], sobriety: null, toggles: [], page: 1 })} className="inline-flex min-h-11 items-center px-2">
              {t('clearAll')}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
