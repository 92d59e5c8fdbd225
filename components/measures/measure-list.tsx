import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { measureHref } from '@/components/catalogue/links';
import { QueryKeepingLink } from '@/components/layout/query-keeping-link';
import { KEEPS_LIST } from '@/lib/my-list/cached-page-list';
import { LIST_PARAM } from '@/lib/my-list/list';
import type { MeasureListItem } from '@/lib/data/measures';
import { localizedHeadline } from '@/lib/i18n/content';
import { toLocale } from '@/lib/i18n/routing';
import { PlannedBadge } from './planned-badge';
import { langFor } from './translated';

// Measures as a list of links with their summaries, under an h2 of the page. The links keep
// the visitor's list (?list=): `list` where the page knows it (rendered per visit), or, with
// `listFromBrowser` on a page served from the page cache, added by the server layer
// (lib/my-list/cached-page-list.ts) and by the browser.
export async function MeasureList({
  items,
  showProvider = true,
  list = [],
  listFromBrowser = false,
}: {
  items: MeasureListItem[];
  showProvider?: boolean;
  list?: readonly string[];
  listFromBrowser?: boolean;
}) {
  const tEnum = await getTranslations('Enums');
  const tList = await getTranslations('MeasureList');
  const locale = toLocale(await getLocale());
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {items.map((m) => {
        const places = m.citywide ? [tList('citywide')] : m.districts.map((d) => tEnum(`District.${d}`));
        const text = localizedHeadline(m, locale);
        const about = [tEnum(`MeasureKind.${m.kind}`), ...(showProvider ? [m.providerName] : []), places.join(', ')];
        return (
          <li key={m.slug} className="rounded-lg border border-brand-100 p-4">
            <h3 className="text-lg font-semibold leading-snug" lang={langFor(text.name, locale)}>
              {listFromBrowser ? (
                <Suspense fallback={<a href={measureHref(locale, m.slug, [])} {...{ [KEEPS_LIST]: '' }}>{text.name.text}</a>}>
                  <QueryKeepingLink href={measureHref(locale, m.slug, [])} keep={[LIST_PARAM]}>{text.name.text}</QueryKeepingLink>
                </Suspense>
              ) : (
                <a href={measureHref(locale, m.slug, list)}>{text.name.text}</a>
              )}
              <PlannedBadge planned={m.planned} lang={locale} />
            </h3>
            <p className="text-sm text-muted">{about.filter(Boolean).join(' · ')}</p>
            <p className="mt-1" lang={langFor(text.summary, locale)}>{text.summary.text}</p>
          </li>
        );
      })}
    </ul>
  );
}
