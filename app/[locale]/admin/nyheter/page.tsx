import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { Flash } from '@/components/admin/editing/flash';
import { StatusBadge } from '@/components/admin/editing/status-badge';
import { listAdminNews } from '@/lib/data/admin-news';
import { EDITORS } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('news.title') };
}

export default async function AdminNewsPage({ params, searchParams }: PageProps<'/[locale]/admin/nyheter'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const [t, format, news] = await Promise.all([getTranslations('AdminEdit'), getFormatter(), listAdminNews()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('news.title')}</h1>
        <AdminLink href="/admin/nyheter/ny" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white no-underline">{t('news.new')}</AdminLink>
      </div>
      <Flash searchParams={await searchParams} />
      {news.length === 0 ? (
        <p>{t('news.empty')}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-400">
              {(['title', 'status', 'publishedAt', 'measure'] as const).map((c) => (
                <th key={c} scope="col" className="py-2 pr-3">{t(`news.columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {news.map((n) => (
              <tr key={n.id} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <AdminLink href={`/admin/nyheter/${n.id}`} className="font-semibold">{n.title}</AdminLink>
                </th>
                <td className="py-2 pr-3"><StatusBadge status={n.status} /></td>
                <td className="py-2 pr-3">{format.dateTime(new Date(`${n.publishedAt}T12:00:00Z`), { dateStyle: 'medium' })}</td>
                <td className="py-2">{n.measureName ?? t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
