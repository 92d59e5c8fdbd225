import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';
import type { ProviderListItem } from '@/lib/data/providers';

export async function ProviderList({ providers }: { providers: ProviderListItem[] }) {
  const [t, tEnum] = await Promise.all([getTranslations('Providers'), getTranslations('Enums')]);
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {providers.map((p) => (
        <li key={p.slug} className="rounded-lg border border-brand-100 p-4">
          <h2 className="text-lg font-semibold leading-snug">
            <PageLink href={{ pathname: '/tilbydere/[slug]', params: { slug: p.slug } }}>{p.name}</PageLink>
          </h2>
          <p className="text-sm text-muted">
            {tEnum(`ProviderType.${p.type}`)} · {t('measureCount', { count: p.measureCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
