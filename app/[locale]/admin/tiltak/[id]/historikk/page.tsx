import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { Flash } from '@/components/admin/editing/flash';
import { ConfirmationHistory } from '@/components/admin/confirmation/confirmation-history';
import { HistoryList } from '@/components/admin/editing/history-list';
import { getMeasureForEdit } from '@/lib/data/admin-measures';
import { listProviderOptions } from '@/lib/data/admin-providers';
import { listHistory } from '@/lib/data/history';
import { isEditor, STAFF } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('measures.history') };
}

export default async function MeasureHistoryPage({ params, searchParams }: PageProps<'/[locale]/admin/tiltak/[id]/historikk'>) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  const actor = await requireActor(STAFF);
  const measure = await getMeasureForEdit(actor, id);
  if (!measure) notFound();
  const [t, entries, providers] = await Promise.all([getTranslations('AdminEdit'), listHistory('measure', id), listProviderOptions(actor)]);
  return (
    <div className="space-y-6">
      <p>
        <AdminLink href={`/admin/tiltak/${id}`}>← {t('preview.back')}</AdminLink>
      </p>
      <h1 id="history-heading" className="text-3xl font-bold text-brand-900">{t('history.title', { name: measure.name })}</h1>
      <Flash searchParams={await searchParams} />
      {isEditor(actor) && <p className="text-sm text-muted">{t('history.restoreHint')}</p>}
      <HistoryList
        measureId={id}
        entries={entries}
        currentVersion={measure.version}
        canRestore={isEditor(actor)}
        labelledBy="history-heading"
        names={Object.fromEntries(providers.map((p) => [p.id, p.name]))}
      />
      <ConfirmationHistory measureId={id} />
    </div>
  );
}
