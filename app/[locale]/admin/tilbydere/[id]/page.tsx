import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { Flash } from '@/components/admin/editing/flash';
import { ProviderForm } from '@/components/admin/forms/provider-form';
import { getProviderForEdit } from '@/lib/data/admin-providers';
import { EDITORS } from '@/lib/services/types';
import { saveProviderAction } from '@/lib/actions/providers';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('providers.title') };
}

export default async function EditProviderPage({ params, searchParams }: PageProps<'/[locale]/admin/tilbydere/[id]'>) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const provider = await getProviderForEdit(id);
  if (!provider) notFound();
  const t = await getTranslations('AdminEdit');
  const { id: _id, ...values } = provider;
  const initial = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? '']));
  return (
    <div className="space-y-6">
      <p><AdminLink href="/admin/tilbydere">← {t('providers.title')}</AdminLink></p>
      <h1 className="text-3xl font-bold text-brand-900">{t('providers.editTitle', { name: provider.name })}</h1>
      <Flash searchParams={await searchParams} />
      <EditMessages>
        <ProviderForm key={provider.updatedAt} action={saveProviderAction.bind(null, id)} initial={initial} />
      </EditMessages>
    </div>
  );
}
