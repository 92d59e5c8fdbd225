import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { ProviderForm } from '@/components/admin/forms/provider-form';
import { EDITORS } from '@/lib/services/types';
import { saveProviderAction } from '@/lib/actions/providers';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('providers.newTitle') };
}

export default async function NewProviderPage({ params }: PageProps<'/[locale]/admin/tilbydere/ny'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const t = await getTranslations('AdminEdit');
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('providers.newTitle')}</h1>
      <EditMessages>
        <ProviderForm action={saveProviderAction.bind(null, null)} initial={{}} />
      </EditMessages>
    </div>
  );
}
