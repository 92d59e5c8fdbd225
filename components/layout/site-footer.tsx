import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';

export async function SiteFooter() {
  const t = await getTranslations('Layout');
  return (
    <footer className="mt-8 border-t border-brand-100 bg-brand-50">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
        <p>{t('footerAbout')}</p>
        <p>{t('footerNoTracking')}</p>
        <p>
          <PageLink href="/tilgjengelighet">{t('accessibilityStatement')}</PageLink>
        </p>
      </div>
    </footer>
  );
}
