import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** "Meld feil i denne oppføringen": from a measure's (cached) page to its report form. */
export async function ReportErrorLink({ slug }: { slug: string }) {
  const t = await getTranslations('ErrorReport');
  return (
    <p className="border-t border-brand-100 pt-4">
      <Link href={{ pathname: '/tiltak/[slug]/meld-feil', params: { slug } }} className="font-semibold">
        {t('link')}
      </Link>
    </p>
  );
}
