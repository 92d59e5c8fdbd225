import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { ImportForm } from '@/components/admin/forms/import-form';
import { EDITORS } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('csv.title') };
}

export default async function ExportImportPage({ params }: PageProps<'/[locale]/admin/eksport'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const t = await getTranslations('AdminEdit');
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t('csv.title')}</h1>
      <section aria-labelledby="export-heading" className="space-y-2">
        <h2 id="export-heading" className="text-xl font-bold text-brand-900">{t('csv.exportTitle')}</h2>
        <p>{t('csv.exportText')}</p>
        <p><a href="/api/admin/measures.csv" download>{t('csv.exportLink')}</a></p>
      </section>
      <section aria-labelledby="import-heading" className="space-y-3">
        <h2 id="import-heading" className="text-xl font-bold text-brand-900">{t('csv.importTitle')}</h2>
        <p>{t('csv.importText')}</p>
        <details>
          <summary className="cursor-pointer font-semibold">{t('csv.formatTitle')}</summary>
          <p className="mt-2">{t('csv.formatText')}</p>
        </details>
        <EditMessages>
          <ImportForm kind="measures" />
        </EditMessages>
      </section>
      <section aria-labelledby="providers-heading" className="space-y-3">
        <h2 id="providers-heading" className="text-xl font-bold text-brand-900">{t('csv.providersTitle')}</h2>
        <p>{t('csv.providersExportText')}</p>
        <p><a href="/api/admin/providers.csv" download>{t('csv.providersExportLink')}</a></p>
        <p>{t('csv.providersImportText')}</p>
        <EditMessages>
          <ImportForm kind="providers" />
        </EditMessages>
      </section>
    </div>
  );
}
