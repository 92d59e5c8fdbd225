import { getTranslations } from 'next-intl/server';
import type { MeasureListItem } from '@/lib/data/measures';
import { Link } from '@/lib/i18n/navigation';

export async function MeasureCard({ measure }: { measure: MeasureListItem }) {
  const t = await getTranslations('Enums');
  const tList = await getTranslations('MeasureList');
  const places = measure.citywide ? [tList('citywide')] : measure.districts.map((d) => t(`District.${d}`));
  return (
    <article className="rounded-lg border border-brand-100 p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={{ pathname: '/tiltak/[slug]', params: { slug: measure.slug } }}>{measure.name}</Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {measure.providerName}
        {places.length > 0 && <> · {places.join(', ')}</>}
      </p>
      <p className="mt-2">{measure.summary}</p>
      <p className="mt-2 text-sm text-muted">{t(`MeasureKind.${measure.kind}`)}</p>
    </article>
  );
}
