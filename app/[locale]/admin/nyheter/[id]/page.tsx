import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { Flash } from '@/components/admin/editing/flash';
import { NewsForm } from '@/components/admin/forms/news-form';
import { listMeasureOptions } from '@/lib/data/admin-measures';
import { getNewsForEdit } from '@/lib/data/admin-news';
import { EDITORS } from '@/lib/services/types';
import { saveNewsAction } from '@/lib/actions/news';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('news.title') };
}

export default async function EditNewsPage({ params, searchParams }: PageProps<'/[locale]/admin/nyheter/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const [item, measures] = await Promise.all([getNewsForEdit(id), listMeasureOptions()]);
  if (!item) notFound();
  const t = await getTranslations('AdminEdit');
  const { id: _id, ...values } = item;
  return (
    <div className="space-y-6">
      <p><AdminLink href="/admin/nyheter">← {t('news.title')}</AdminLink></p>
      <h1 className="text-3xl font-bold text-brand-900">{t('news.editTitle', { title: item.title })}</h1>
      <Flash searchParams={await searchParams} />
      <EditMessages>
        <NewsForm key={item.updatedAt} action={saveNewsAction.bind(null, id)} initial={Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? '']))} measures={measures} />
      </EditMessages>
    </div>
  );
}
