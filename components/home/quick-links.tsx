import { getTranslations } from 'next-intl/server';
import { catalogueHref } from '@/components/catalogue/links';
import { EMPTY_QUERY, type CatalogueQuery } from '@/lib/catalogue/query';
import type { Locale } from '@/lib/i18n/routing';

// Ways into the catalogue with a filter already set, for the questions people ask most.
const QUICK_LINKS: { key: 'tonight' | 'weekend' | 'relatives' | 'work' | 'youth'; filter: Partial<CatalogueQuery> }[] = [
  { key: 'tonight', filter: { toggles: ['tonight'] } },
  { key: 'weekend', filter: { toggles: ['weekend'] } },
  { key: 'relatives', filter: { toggles: ['relatives'] } },
  { key: 'work', filter: { kinds: ['WORK'] } },
  { key: 'youth', filter: { toggles: ['youth'] } },
];

export async function QuickLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations('Home');
  return (
    <section aria-labelledby="quick-heading" className="space-y-3">
      <h2 id="quick-heading" className="text-2xl font-bold text-brand-900">{t('quickLinks')}</h2>
      <ul className="flex flex-wrap gap-3">
        {QUICK_LINKS.map(({ key, filter }) => (
          <li key={key}>
            <a
              href={catalogueHref(locale, { ...EMPTY_QUERY, ...filter })}
              className="inline-flex min-h-11 items-center rounded-full border-2 border-brand-700 px-4 font-semibold no-underline hover:bg-brand-50"
            >
              {t(`quick.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
