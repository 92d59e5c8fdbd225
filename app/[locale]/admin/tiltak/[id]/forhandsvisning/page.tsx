import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { MeasurePreview } from '@/components/admin/editing/measure-preview';
import { getMeasurePreview } from '@/lib/admin/queries';
import { STAFF } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { getPrisma } from '@/lib/db';
import { toLocale } from '@/lib/i18n/routing';

// Staff only, and never indexed: a draft must not leak through a shared link.
// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('measures.preview'), robots: { index: false, follow: false } };
}

export default async function MeasurePreviewPage({ params }: PageProps<'/[locale]/admin/tiltak/[id]/forhandsvisning'>) {
  const { locale, id } = await params;
  setRequestLocale(toLocale(locale));
  const actor = await requireActor(STAFF);
  const measure = await getMeasurePreview(getPrisma(), actor, id);
  if (!measure) notFound();
  const t = await getTranslations('AdminEdit');
  return (
    <div className="space-y-6">
      <div role="note" className="rounded border-2 border-warn-800 bg-warn-50 p-3 text-warn-800">
        <p className="font-semibold">{t('preview.banner', { status: t(`enums.PublicationStatus.${measure.status}`) })}</p>
        <AdminLink href={`/admin/tiltak/${id}`}>{t('preview.back')}</AdminLink>
      </div>
      <MeasurePreview measure={measure} />
    </div>
  );
}
