import { defineRouting } from 'next-intl/routing';

export const locales = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nb';

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Bokmål lives at the root (/tiltak), the others under a prefix (/nn/tiltak, /en/measures).
  localePrefix: 'as-needed',
  // The language is chosen by the URL alone: no cookie for anonymous visitors, and a
  // shared link opens in the language it was shared in.
  localeDetection: false,
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/tiltak': { nb: '/tiltak', nn: '/tiltak', en: '/measures' },
    '/tiltak/[slug]': { nb: '/tiltak/[slug]', nn: '/tiltak/[slug]', en: '/measures/[slug]' },
    '/tilbydere': { nb: '/tilbydere', nn: '/tilbydere', en: '/providers' },
    '/tilbydere/[slug]': { nb: '/tilbydere/[slug]', nn: '/tilbydere/[slug]', en: '/providers/[slug]' },
    '/nyheter': { nb: '/nyheter', nn: '/nyheiter', en: '/news' },
    '/tiltak/[slug]/meld-feil': {
      nb: '/tiltak/[slug]/meld-feil',
      nn: '/tiltak/[slug]/meld-feil',
      en: '/measures/[slug]/report-error',
    },
    '/tiltak/[slug]/kontakt-meg': {
      nb: '/tiltak/[slug]/kontakt-meg',
      nn: '/tiltak/[slug]/kontakt-meg',
      en: '/measures/[slug]/contact-me',
    },
    // A provider's link from a confirmation mail (lib/jobs/confirmation.ts).
    '/bekreft/[token]': { nb: '/bekreft/[token]', nn: '/stadfest/[token]', en: '/confirm/[token]' },
    '/min-liste': { nb: '/min-liste', nn: '/mi-liste', en: '/my-list' },
    '/tilgjengelighet': { nb: '/tilgjengelighet', nn: '/tilgjengelegheit', en: '/accessibility' },
    '/for-parorende': { nb: '/for-parorende', nn: '/for-parorande', en: '/for-relatives' },
    // What the installed app shows offline for a page it has not kept (lib/pwa).
    '/uten-nett': { nb: '/uten-nett', nn: '/utan-nett', en: '/offline' },
  },
});

export type AppPathname = keyof typeof routing.pathnames;

/**
 * Whether a value is one of the site's locales: next-intl's hasLocale, without importing
 * the 'next-intl' entry on the server, which brings its client provider into the pages'
 * scripts.
 */
export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

/** The locale a route parameter names; the layout has already 404ed unknown ones. */
export function toLocale(value: string): Locale {
  return isLocale(value) ? value : defaultLocale;
}
