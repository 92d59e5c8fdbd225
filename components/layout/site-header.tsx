import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageLink } from '@/components/ui/page-link';

/** `languages`: the language links for the current page (app/[locale]/@languages). */
export async function SiteHeader({ languages }: { languages: ReactNode }) {
  const t = await getTranslations('Layout');
  const tMeta = await getTranslations('Metadata');
  return (
    <header className="on-dark border-b border-brand-100 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <PageLink href="/" className="text-lg font-bold text-white no-underline hover:text-brand-100">
          {tMeta('siteName')}
        </PageLink>
        <nav aria-label={t('mainNavigation')}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <PageLink href="/tiltak" className="text-white hover:text-brand-100">
                {t('measures')}
              </PageLink>
            </li>
            <li>
              <PageLink href="/tilbydere" className="text-white hover:text-brand-100">
                {t('providers')}
              </PageLink>
            </li>
            <li>
              <PageLink href="/nyheter" className="text-white hover:text-brand-100">
                {t('news')}
              </PageLink>
            </li>
          </ul>
        </nav>
        {languages}
      </div>
    </header>
  );
}
