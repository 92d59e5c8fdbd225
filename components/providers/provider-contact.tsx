import { getTranslations } from 'next-intl/server';
import { FactList } from '@/components/measures/fact-list';
import type { ProviderDetail } from '@/lib/data/providers';

// Phone, email and website as links; each unknown says "Ikke oppgitt".
export async function ProviderContact({ provider: p }: { provider: ProviderDetail }) {
  const t = await getTranslations('Providers');
  const tFacts = await getTranslations('Facts');
  return (
    <section aria-labelledby="contact-heading" className="space-y-3">
      <h2 id="contact-heading" className="text-xl font-bold text-brand-900">{t('contact')}</h2>
      <FactList
        unknownText={tFacts('unknown')}
        facts={[
          { label: t('phone'), value: p.phone && <a href={`tel:${p.phone.replace(/\s+/g, '')}`}>{p.phone}</a> },
          { label: t('email'), value: p.email && <a href={`mailto:${p.email}`}>{p.email}</a> },
          { label: t('website'), value: p.website && <a href={p.website}>{p.website}</a> },
        ]}
      />
    </section>
  );
}
