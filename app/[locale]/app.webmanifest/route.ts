import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/lib/i18n/routing';
import { webAppManifest } from '@/lib/pwa/manifest';

// The installable app's manifest in each language, built with the site.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/app.webmanifest'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [meta, t] = await Promise.all([
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Manifest' }),
  ]);
  const manifest = webAppManifest(locale, { name: meta('siteName'), shortName: t('shortName'), description: meta('description') });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
}
