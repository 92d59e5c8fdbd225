import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { Flash } from '@/components/admin/editing/flash';
import { listAdminProviders } from '@/lib/data/admin-providers';
import { EDITORS } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('providers.title') };
}

export default async function AdminProvidersPage({ params, searchParams }: PageProps<'/[locale]/admin/tilbydere'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  const raw = await searchParams;
  const q = (typeof raw.q === 'string' ? raw.q : '').trim().slice(0, 200);
  const [t, tEnum, providers] = await Promise.all([getTranslations('AdminEdit'), getTranslations('Enums'), listAdminProviders(q)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('providers.title')}</h1>
        <AdminLink href="/admin/tilbydere/ny" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white no-underline">{t('providers.new')}</AdminLink>
      </div>
      <Flash searchParams={raw} />
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="provider-q" className="block font-semibold">{t('providers.searchLabel')}</label>
          <input id="provider-q" name="q" type="search" defaultValue={q} className="mt-1 rounded border border-gray-500 px-2 py-1.5" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{t('common.search')}</button>
      </form>
      {providers.length === 0 ? (
        <p>{t('providers.empty')}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="py-2 pr-3">{t('providers.columns.name')}</th>
              <th scope="col" className="py-2 pr-3">{t('providers.columns.type')}</th>
              <th scope="col" className="py-2">{t('providers.columns.measures')}</th>
            </tr>
          </thead>
          <tbody>
            {providers.map((p) => (
              <tr key={p.id} className="border-b border-gray-200">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <AdminLink href={`/admin/tilbydere/${p.id}`} className="font-semibold">{p.name}</AdminLink>
                </th>
                <td className="py-2 pr-3">{tEnum(`ProviderType.${p.type}`)}</td>
                <td className="py-2">{t('providers.measureCount', { count: p.measureCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
