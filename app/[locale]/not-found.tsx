import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <PageLink href="/tiltak">{t('toList')}</PageLink>
      </p>
    </div>
  );
}
