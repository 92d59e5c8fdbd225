import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';
import type { MeasureDetail } from '@/lib/data/measures';
import { telHref } from '@/lib/domain/way-in';
import { FactList } from './fact-list';

type Location = MeasureDetail['locations'][number];

/**
 * Links that open the phone's own map app at the place: a geo: link (Android and most
 * other phones), and an Apple Maps link, since iPhones do not open geo: links (elsewhere
 * it opens Apple's map in the browser). Without coordinates the apps search the address.
 */
function mapHrefs(loc: Location): { geo: string; apple: string } | null {
  if (loc.latitude !== null && loc.longitude !== null) {
    const at = `${loc.latitude},${loc.longitude}`;
    const label = loc.name ?? loc.address;
    return { geo: `geo:${at}?q=${at}`, apple: `https://maps.apple.com/?ll=${at}${label ? `&q=${encodeURIComponent(label)}` : ''}` };
  }
  if (!loc.address) return null;
  const address = encodeURIComponent([loc.address, loc.postcode, loc.city ?? 'Bergen'].filter(Boolean).join(', '));
  return { geo: `geo:0,0?q=${address}`, apple: `https://maps.apple.com/?address=${address}` };
}

/** `provider`: the provider's name as the page links it (keeping the visitor's list); else a plain link. */
export async function MeasureLocations({ measure: m, provider }: { measure: MeasureDetail; provider?: ReactNode }) {
  const t = await getTranslations('Measure');
  return (
    <section aria-labelledby="contact-heading" className="space-y-3">
      <h2 id="contact-heading" className="text-xl font-bold text-brand-900">{t('whereAndContact')}</h2>
      {m.locations.map((loc, i) => {
        const map = mapHrefs(loc);
        const address = [loc.name, loc.address, [loc.postcode, loc.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
        // A place with neither an address nor coordinates says nothing a visitor can use.
        if (!address && !map) return null;
        return (
          <div key={i} className="space-y-1">
            <p>
              <span className="font-semibold">{t('address')}:</span> {address || t('onMap')}
              {map && (
                <>
                  {' '}
                  (<a href={map.geo}>{t('openInMap')}</a> · <a href={map.apple}>{t('openInAppleMaps')}</a>)
                </>
              )}
            </p>
            {loc.placeholder && <p className="text-sm text-warn-800">{t('placeholderAddress')}</p>}
          </div>
        );
      })}
      <FactList
        facts={[
          {
            label: t('provider'),
            value: provider ?? <PageLink href={{ pathname: '/tilbydere/[slug]', params: { slug: m.provider.slug } }}>{m.provider.name}</PageLink>,
          },
          ...(m.contactName ? [{ label: t('contact'), value: m.contactName }] : []),
          { label: t('phone'), value: m.contactPhone && <a href={telHref(m.contactPhone)}>{m.contactPhone}</a> },
          { label: t('email'), value: m.contactEmail && <a href={`mailto:${m.contactEmail}`}>{m.contactEmail}</a> },
          ...(m.website ? [{ label: t('website'), value: <a href={m.website}>{m.website}</a> }] : []),
        ]}
      />
    </section>
  );
}
