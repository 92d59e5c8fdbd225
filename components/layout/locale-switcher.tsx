'use client';

import { useParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales, type Locale } from '@/lib/i18n/routing';

// Plain links to the same page in the other languages: works without JavaScript.
export function LocaleSwitcher({ label, names }: { label: string; names: Record<Locale, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  const params = useParams();
  // With localized pathnames, next-intl needs the route template plus its params.
  const href = { pathname, params } as unknown as Parameters<typeof Link>[0]['href'];
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold underline decoration-2 underline-offset-4">
                {names[locale]}
              </span>
            ) : (
              <Link href={href} locale={locale} lang={locale} hrefLang={locale} className="text-white hover:text-brand-100">
                {names[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
