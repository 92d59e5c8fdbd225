import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { myListHref } from '@/components/catalogue/links';
import { HelpBlock } from '@/components/help/help-block';
import { PageLink } from '@/components/ui/page-link';
import { toLocale } from '@/lib/i18n/routing';

// What the installed app shows offline for a page it has not kept. The service worker
// saves it when it installs (lib/pwa/sw.ts); online it is an ordinary, cached page.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]/uten-nett'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return { title: t('title'), robots: { index: false } };
}

export default async function OfflinePage({ params }: PageProps<'/[locale]/uten-nett'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Offline');
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <a href={myListHref(locale, [])}>{t('listLink')}</a>
          </li>
          <li>
            <PageLink href="/">{t('homeLink')}</PageLink>
          </li>
        </ul>
      </header>
      <HelpBlock />
    </div>
  );
}
