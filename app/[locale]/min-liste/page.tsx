import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CalendarLinks } from '@/components/calendar/calendar-links';
import { catalogueHref, myListHref } from '@/components/catalogue/links';
import { ListItem } from '@/components/my-list/list-item';
import { ListNotice } from '@/components/my-list/list-notice';
import { NoteField } from '@/components/my-list/note-field';
import { ShareSection } from '@/components/my-list/share-section';
import { QrCode } from '@/components/ui/qr-code';
import { EMPTY_QUERY } from '@/lib/catalogue/query';
import { getListedMeasures } from '@/lib/data/measure-list';
import { getWayInHelper } from '@/lib/data/measures';
import { toLocale } from '@/lib/i18n/routing';
import { LIST_PARAM, parseList } from '@/lib/my-list/list';
import { listFeedUrl } from '@/lib/calendar/urls';
import { absoluteUrl } from '@/lib/site-urls';
import './my-list.css';

// The list is whatever the link says (?list=a,b,c): rendered per request, stored nowhere.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/min-liste'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'MyList' });
  // Someone's list is not a page for search engines.
  return { title: t('title'), robots: { index: false } };
}

export default async function MyListPage({ params, searchParams }: PageProps<'/[locale]/min-liste'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const raw = (await searchParams)[LIST_PARAM];
  const { slugs, problems } = parseList(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  const [t, format, { items, missing }, helper] = await Promise.all([
    getTranslations('MyList'),
    getFormatter(),
    getListedMeasures(slugs, locale),
    getWayInHelper(),
  ]);
  // From here on the list is what was found: the links and the shared URL drop the rest.
  const list = items.map((item) => item.slug);
  const url = absoluteUrl(myListHref(locale, list));
  const addMore = catalogueHref(locale, { ...EMPTY_QUERY, list });

  return (
    <div className="my-list-page space-y-6">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="print:hidden">{t('intro')}</p>
        {/* The printout's heading: where it came from, when, and the way back online. */}
        <div className="hidden items-start justify-between gap-4 print:flex">
          <p>
            {t('printedFrom', { date: format.dateTime(new Date(), { dateStyle: 'long', timeZone: 'Europe/Oslo' }) })}
            <br />
            {url}
          </p>
          {list.length > 0 && <QrCode value={url} label={t('listQr')} scale={2} className="h-auto w-[2.6cm]" />}
        </div>
      </div>
      <ListNotice problems={problems} missing={missing.length} />
      {items.length === 0 ? (
        <p>
          {t('empty')} <a href={addMore}>{t('emptyLink')}</a>
        </p>
      ) : (
        <>
          {/* The adviser's note heads the printout, above the measures it is about. */}
          <NoteField label={t('noteLabel')} hint={t('noteHint')} printHeading={t('notePrintHeading')} />
          <p className="print:hidden">{t('count', { count: items.length })}</p>
          <ol aria-label={t('title')} className="space-y-4">
            {items.map((item, index) => (
              <ListItem key={item.slug} item={item} index={index} list={list} locale={locale} helper={helper} />
            ))}
          </ol>
          <p className="print:hidden">
            <a href={addMore} className="font-semibold">{t('addMore')}</a>
          </p>
          <ShareSection url={url} />
          <CalendarLinks feed={listFeedUrl(list, locale)} kind="list" />
        </>
      )}
    </div>
  );
}
