import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { MeasureForm } from '@/components/admin/forms/measure-form';
import { EMPTY_MEASURE_VALUES } from '@/components/admin/forms/measure-values';
import { listProviderOptions } from '@/lib/data/admin-providers';
import { EDITORS } from '@/lib/services/types';
import { createMeasureAction } from '@/lib/actions/measures';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('measures.newTitle') };
}

export default async function NewMeasurePage({ params }: PageProps<'/[locale]/admin/tiltak/ny'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  const actor = await requireActor(EDITORS);
  const [t, providers] = await Promise.all([getTranslations('AdminEdit'), listProviderOptions(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('measures.newTitle')}</h1>
      <EditMessages>
        <MeasureForm action={createMeasureAction} initial={EMPTY_MEASURE_VALUES} providers={providers} />
      </EditMessages>
    </div>
  );
}
