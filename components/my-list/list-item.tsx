import { getTranslations } from 'next-intl/server';
import { measureHref, myListHref } from '@/components/catalogue/links';
import { QrCode } from '@/components/ui/qr-code';
import type { ListedMeasure } from '@/lib/data/measure-list';
import { getPathname } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { moveItem, withoutItem } from '@/lib/my-list/list';
import { absoluteUrl } from '@/lib/site-urls';
import { WayInBody } from '@/components/measures/way-in';
import { telHref, wayIn, type WayInHelper } from '@/lib/domain/way-in';
import { CompactHours } from './compact-hours';

/**
 * One measure on the list: on screen with links to move or remove it, on paper with the
 * handout's facts and a QR code back to its page.
 */
export async function ListItem({
  item,
  index,
  list,
  locale,
  helper,
}: {
  item: ListedMeasure;
  index: number;
  list: string[];
  locale: Locale;
  /** Fritid med bistand's contact, for an item that gives no way in of its own. */
  helper: WayInHelper | null;
}) {
  const t = await getTranslations('MyList');
  const tMeasure = await getTranslations('Measure');
  const lang = (text: { lang: Locale }) => (text.lang === locale ? undefined : text.lang);
  const pageUrl = absoluteUrl(getPathname({ locale, href: { pathname: '/tiltak/[slug]', params: { slug: item.slug } } }));
  const headingId = `item-${item.slug}`;
  // The same way in as the measure's page: how to start, else whose contact to use.
  const way = wayIn(
    item.howToStart,
    { contactName: item.contactName, phone: item.contactPhone, email: item.contactEmail, website: item.website },
    item.provider,
    helper,
  );
  const action = 'inline-flex min-h-11 items-center gap-1 rounded border border-brand-700 px-3 no-underline';
  const named = (label: string) => (
    <>
      {label}
      <span className="sr-only"> – {item.name.text}</span>
    </>
  );

  return (
    <li className="my-list-item rounded-lg border border-brand-100 p-4 print:rounded-none print:border-0 print:border-b print:border-black print:px-0">
      <article aria-labelledby={headingId} className="flex gap-4">
        <div className="min-w-0 flex-1 space-y-2">
          <h2 id={headingId} className="text-xl font-semibold" lang={lang(item.name)}>
            {/* The <ol> already tells screen readers the position. */}
            <span aria-hidden="true" className="mr-1">{index + 1}.</span>
            <a href={measureHref(locale, item.slug, list)}>{item.name.text}</a>
          </h2>
          <p className="text-muted">{item.providerName}</p>
          <dl className="space-y-2">
            <div>
              <dt className="font-semibold">{tMeasure('howToStart')}</dt>
              <dd>
                <WayInBody way={way} locale={locale} providerSlug={item.provider.slug} />
              </dd>
            </div>
            {item.addresses.length > 0 && (
              <div>
                <dt className="font-semibold">{tMeasure('address')}</dt>
                {item.addresses.map((a, i) => (
                  <dd key={i}>
                    {a.text}
                    {a.placeholder && <span className="text-sm text-warn-800"> ({t('placeholderAddress')})</span>}
                  </dd>
                ))}
              </div>
            )}
            <div>
              <dt className="font-semibold">{t('hours')}</dt>
              <dd><CompactHours {...item} /></dd>
            </div>
            {/* With its own words on how to start, the measure's phone still goes on the handout. */}
            {way.kind === 'howToStart' && item.contactPhone && (
              <div>
                <dt className="font-semibold">{tMeasure('phone')}</dt>
                <dd><a href={telHref(item.contactPhone)}>{item.contactPhone}</a></dd>
              </div>
            )}
          </dl>
        </div>
        {/* On paper only: a phone camera takes the reader from the handout to the page. */}
        <div className="hidden shrink-0 text-center text-xs print:block">
          <QrCode value={pageUrl} label={t('itemQr', { name: item.name.text })} scale={2} className="my-list-qr h-auto w-[2.6cm]" />
        </div>
      </article>
      <ul className="mt-3 flex flex-wrap gap-2 print:hidden">
        {index > 0 && (
          <li><a className={action} href={myListHref(locale, moveItem(list, index, -1))}><span aria-hidden="true">↑</span> {named(t('moveUp'))}</a></li>
        )}
        {index < list.length - 1 && (
          <li><a className={action} href={myListHref(locale, moveItem(list, index, 1))}><span aria-hidden="true">↓</span> {named(t('moveDown'))}</a></li>
        )}
        <li><a className={action} href={myListHref(locale, withoutItem(list, item.slug))}><span aria-hidden="true">✕</span> {named(t('removeItem'))}</a></li>
      </ul>
    </li>
  );
}
