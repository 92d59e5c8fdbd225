// How complete and how current the published listings are, in four figures.
import { useFormatter, useTranslations } from 'next-intl';
import type { CompletenessOverview } from '@/lib/data/admin-completeness';

export function CompletenessSummary({ overview, months }: { overview: CompletenessOverview; months: number }) {
  const t = useTranslations('Admin.completeness');
  const format = useFormatter();
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const { published } = overview;
  const share = (n: number) => (published === 0 ? 0 : n / published);
  const figures = [
    { id: 'completeness', term: t('overall'), value: percent(overview.completeness), note: t('overallNote', { count: published }) },
    { id: 'confirmed', term: t('confirmed', { months }), value: percent(share(overview.confirmed)), note: t('ofPublished', { count: overview.confirmed, total: published }) },
    { id: 'never-confirmed', term: t('neverConfirmed'), value: String(overview.neverConfirmed), note: t('ofPublished', { count: overview.neverConfirmed, total: published }) },
    { id: 'complete', term: t('complete'), value: String(overview.complete), note: t('ofPublished', { count: overview.complete, total: published }) },
  ];
  return (
    <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.id} className="rounded border border-brand-100 p-3">
          <dt className="text-sm font-semibold">{f.term}</dt>
          <dd className="text-2xl font-bold" data-testid={`figure-${f.id}`}>{f.value}</dd>
          <dd className="text-sm text-muted">{f.note}</dd>
        </div>
      ))}
    </dl>
  );
}
