import { getTranslations } from 'next-intl/server';
import type { MeasureListItem } from '@/lib/data/measures';
import { Link } from '@/lib/i18n/navigation';

// Measures as a list of links with their summaries, under an h2 of the page.
export async function MeasureList({ items, showProvider = true }: { items: MeasureListItem[]; showProvider?: boolean }) {
  const tEnum = await getTranslations('Enums');
  const tList = await getTranslations('MeasureList');
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {items.map((m) => {
        const places = m.citywide ? [tList('citywide')] : m.districts.map((d) => tEnum(`District.${d}`));
        const about = [tEnum(`MeasureKind.${m.kind}`), ...(showProvider ? [m.providerName] : []), places.join(', ')];
        return (
          <li key={m.slug} className="rounded-lg border border-brand-100 p-4">
            <h3 className="text-lg font-semibold leading-snug">
              <Link href={{ pathname: '/tiltak/[slug]', params: { slug: m.slug } }}>{m.name}</Link>
            </h3>
            <p className="text-sm text-muted">{about.filter(Boolean).join(' · ')}</p>
            <p className="mt-1">{m.summary}</p>
          </li>
        );
      })}
    </ul>
  );
}
