import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ErrorTextsProvider } from '@/components/layout/error-texts';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/routing';
import { manifestPath, THEME_COLOR } from '@/lib/pwa/manifest';
import { OfflineNotice } from '@/components/offline/offline-notice';
import { sans } from '../fonts';
import '../globals.css';

// Pages are rendered on their first visit and then served from Next's cache, so no
// database is needed while building. Editors' changes refresh them (revalidation).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
    description: t('description'),
    metadataBase: new URL(env.SITE_URL),
    icons: { icon: '/favicon.svg', apple: '/icons/icon-192.png' },
    // The installable app (lib/pwa): in this language, opening on its home page.
    manifest: manifestPath(locale),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default async function LocaleLayout({ children, languages, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  const tError = await getTranslations('Error');

  return (
    <html lang={locale} className={sans.variable}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3"
        >
          {t('skipToContent')}
        </a>
        {/* No next-intl client runtime here: public pages send next to no script of their own. */}
        <ErrorTextsProvider texts={{ title: tError('title'), body: tError('body'), retry: tError('retry') }}>
          <SiteHeader links={languages} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-8">
            <OfflineNotice />
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
        {/* The offline worker's registration (public/sw-register.js); not while developing,
            where a worker would serve stale code. */}
        {process.env.NODE_ENV === 'production' && <script src="/sw-register.js" async />}
      </body>
    </html>
  );
}
