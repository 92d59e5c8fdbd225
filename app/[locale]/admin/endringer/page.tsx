import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChangeRequestCard } from '@/components/admin/editing/change-request-card';
import { Flash } from '@/components/admin/editing/flash';
import { listProviderOptions } from '@/lib/data/admin-providers';
import { listChangeRequests } from '@/lib/data/change-requests';
import { isEditor, STAFF } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('changeRequests.title') };
}

export default async function ChangeRequestsPage({ params, searchParams }: PageProps<'/[locale]/admin/endringer'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  // Editors review every proposal; providers see their own, waiting.
  const actor = await requireActor(STAFF);
  const raw = await searchParams;
  const [t, requests, providers] = await Promise.all([getTranslations('AdminEdit'), listChangeRequests(actor), listProviderOptions(actor)]);
  const names = Object.fromEntries(providers.map((p) => [p.id, p.name]));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('changeRequests.title')}</h1>
      <Flash searchParams={raw.problem === 'conflict' ? {} : raw} />
      {requests.length === 0 ? (
        <p>{t('changeRequests.empty')}</p>
      ) : (
        requests.map((r) => <ChangeRequestCard key={r.id} request={r} names={names} canReview={isEditor(actor)} showConflict={raw.problem === 'conflict' && raw.request === r.id} />)
      )}
    </div>
  );
}
