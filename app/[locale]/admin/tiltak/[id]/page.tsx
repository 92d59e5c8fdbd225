import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { Flash } from '@/components/admin/editing/flash';
import { MeasureActions } from '@/components/admin/editing/measure-actions';
import { MeasureForm } from '@/components/admin/forms/measure-form';
import { measureToFormValues } from '@/components/admin/forms/measure-values';
import { getMeasureForEdit } from '@/lib/data/admin-measures';
import { listProviderOptions } from '@/lib/data/admin-providers';
import { countPendingProposals } from '@/lib/data/change-requests';
import { STAFF } from '@/lib/services/types';
import { updateMeasureAction } from '@/lib/actions/measures';
import { requireActor } from '@/lib/auth/guard';
import { getPathname } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('measures.title') };
}

export default async function EditMeasurePage({ params, searchParams }: PageProps<'/[locale]/admin/tiltak/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  const actor = await requireActor(STAFF);
  const measure = await getMeasureForEdit(actor, id);
  if (!measure) notFound();
  const [t, providers, pending] = await Promise.all([
    getTranslations('AdminEdit'),
    listProviderOptions(actor),
    countPendingProposals(id),
  ]);
  const publicHref = getPathname({ locale: toLocale(locale), href: { pathname: '/tiltak/[slug]', params: { slug: measure.slug } } });
  return (
    <div className="space-y-6">
      <p>
        <AdminLink href="/admin/tiltak">← {t('measures.title')}</AdminLink>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t('measures.editTitle', { name: measure.name })}</h1>
      <Flash searchParams={await searchParams} />
      {pending > 0 && (
        <p className="rounded bg-warn-50 p-3 text-warn-800">
          <AdminLink href="/admin/endringer">{t('measures.pendingRequests', { count: pending })}</AdminLink>
        </p>
      )}
      <MeasureActions measure={measure} actor={actor} publicHref={publicHref} />
      <EditMessages>
        <MeasureForm
          key={measure.version}
          action={updateMeasureAction.bind(null, id)}
          initial={measureToFormValues(measure)}
          providers={providers}
          isProvider={actor.role === 'provider'}
        />
      </EditMessages>
    </div>
  );
}
