import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';

/** "Meld feil i denne oppføringen": from a measure's (cached) page to its report form. */
export async function ReportErrorLink({ slug }: { slug: string }) {
  const t = await getTranslations('ErrorReport');
  return (
    <p className="border-t border-brand-100 pt-4">
      <PageLink href={{ pathname: '/tiltak/[slug]/meld-feil', params: { slug } }} className="font-semibold">
        {t('link')}
      </PageLink>
    </p>
  );
}
