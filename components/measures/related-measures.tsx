import { getTranslations } from 'next-intl/server';
import type { MeasureListItem } from '@/lib/data/measures';
import { MeasureList } from './measure-list';

export async function RelatedMeasures({ items, list }: { items: MeasureListItem[]; list?: readonly string[] }) {
  if (items.length === 0) return null;
  const t = await getTranslations('Measure');
  return (
    <section aria-labelledby="related-heading" className="space-y-3">
      <h2 id="related-heading" className="text-xl font-bold text-brand-900">{t('related')}</h2>
      <MeasureList items={items} list={list} />
    </section>
  );
}
