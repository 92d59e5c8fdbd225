import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { Flash } from '@/components/admin/editing/flash';
import { MeasureFilters } from '@/components/admin/editing/measure-filters';
import { MeasureTable } from '@/components/admin/editing/measure-table';
import { RequestSelectedForm } from '@/components/admin/confirmation/request-confirmation-form';
import { Pager } from '@/components/admin/editing/pager';
import { adminMeasureQuerySchema, listAdminMeasures } from '@/lib/data/admin-measures';
import { isEditor, STAFF } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('measures.title') };
}

export default async function AdminMeasuresPage({ params, searchParams }: PageProps<'/[locale]/admin/tiltak'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const actor = await requireActor(STAFF);
  const raw = await searchParams;
  const query = adminMeasureQuerySchema.parse(raw);
  const [t, list] = await Promise.all([getTranslations('AdminEdit'), listAdminMeasures(actor, query)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('measures.title')}</h1>
        {isEditor(actor) && (
          <p className="flex gap-4">
            <AdminLink href="/admin/tiltak/ny" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white no-underline">{t('measures.new')}</AdminLink>
            <a href="/api/admin/measures.csv">{t('measures.export')}</a>
          </p>
        )}
      </div>
      <Flash searchParams={raw} />
      <MeasureFilters query={query} />
      <p aria-live="polite">{t('common.count', { count: list.total })}</p>
      <MeasureTable rows={list.rows} selectForm={isEditor(actor) ? 'request-confirmation' : undefined} />
      {isEditor(actor) && list.rows.length > 0 && <RequestSelectedForm id="request-confirmation" />}
      <Pager page={query.page} total={list.total} pageSize={list.pageSize} params={raw} />
    </div>
  );
}
