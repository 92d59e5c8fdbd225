import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { NewsForm } from '@/components/admin/forms/news-form';
import { listMeasureOptions } from '@/lib/data/admin-measures';
import { EDITORS } from '@/lib/services/types';
import { saveNewsAction } from '@/lib/actions/news';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';
import { osloDate } from '@/lib/domain/oslo-date';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('news.newTitle') };
}

export default async function NewNewsPage({ params }: PageProps<'/[locale]/admin/nyheter/ny'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const [t, measures] = await Promise.all([getTranslations('AdminEdit'), listMeasureOptions()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('news.newTitle')}</h1>
      <EditMessages>
        <NewsForm action={saveNewsAction.bind(null, null)} initial={{ status: 'DRAFT', publishedAt: osloDate() }} measures={measures} />
      </EditMessages>
    </div>
  );
}
