import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';
import { telHref, type ContactPoint, type WayIn } from '@/lib/domain/way-in';
import type { LocalizedText } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { FallbackNote, langFor } from './translated';

/** Phone, email and web address as links a phone can act on. */
async function ContactLines({ contact }: { contact: ContactPoint }) {
  const t = await getTranslations('Measure');
  return (
    <ul className="mt-1 space-y-1">
      {contact.phone && (
        <li>
          {t('phone')}: <a href={telHref(contact.phone)}>{contact.phone}</a>
        </li>
      )}
      {contact.email && (
        <li>
          {t('email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </li>
      )}
      {contact.website && (
        <li>
          {t('website')}: <a href={contact.website}>{contact.website}</a>
        </li>
      )}
    </ul>
  );
}

/**
 * The body of "Slik kommer du i gang": the measure's own words, or a contact that always
 * says whose it is (lib/domain/way-in.ts decides which).
 */
export async function WayInBody({ way, locale, providerSlug }: { way: WayIn<LocalizedText>; locale: Locale; providerSlug: string }) {
  const t = await getTranslations('WayIn');
  switch (way.kind) {
    case 'howToStart':
      return (
        <>
          <FallbackNote texts={[way.text]} locale={locale} className="mt-1" />
          <p className="mt-2 whitespace-pre-line" lang={langFor(way.text, locale)}>{way.text.text}</p>
        </>
      );
    case 'measure':
      return (
        <div className="mt-2" data-way-in="measure">
          <p className="font-semibold">{way.contactName ? t('measureNamed', { name: way.contactName }) : t('measure')}</p>
          <ContactLines contact={way.contact} />
        </div>
      );
    case 'provider':
      return (
        <div className="mt-2" data-way-in="provider">
          <p className="font-semibold">{t('provider', { name: way.providerName })}</p>
          {way.contact ? (
            <ContactLines contact={way.contact} />
          ) : (
            <p className="mt-1">
              <PageLink href={{ pathname: '/tilbydere/[slug]', params: { slug: providerSlug } }}>{t('providerPage', { name: way.providerName })}</PageLink>
            </p>
          )}
        </div>
      );
    case 'helper':
      return (
        <div className="mt-2" data-way-in="helper">
          <p className="font-semibold">{t('helper', { name: way.name })}</p>
          <p className="mt-1">{t('helperWhy', { name: way.name })}</p>
          {way.contactName && <p className="mt-1">{way.contactName}</p>}
          {way.contact && <ContactLines contact={way.contact} />}
          <p className="mt-1">
            <PageLink href={{ pathname: '/tiltak/[slug]', params: { slug: way.slug } }}>{t('helperPage', { name: way.name })}</PageLink>
          </p>
        </div>
      );
  }
}
