import type { Metadata } from 'next';
import NextLink from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { MeasureArticle } from '@/components/measures/measure-article';
import { getMeasurePreview } from '@/lib/data/admin-measures';
import { STAFF } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { adminPath } from '@/lib/auth/paths';
import { locales, toLocale } from '@/lib/i18n/routing';

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
  const measure = await getMeasurePreview(actor, id);
  if (!measure) notFound();
  const [t, tTranslation, tLanguage] = await Promise.all([getTranslations('AdminEdit'), getTranslations('Translation'), getTranslations('LocaleSwitcher')]);
  return (
    <div className="space-y-6">
      <div role="note" className="rounded border-2 border-warn-800 bg-warn-50 p-3 text-warn-800">
        <p className="font-semibold">{t('preview.banner', { status: t(`enums.PublicationStatus.${measure.status}`) })}</p>
        {/* The page in each language, to check the translations and the Bokmål fallbacks. */}
        <p>
          {tTranslation('previewIn')}{' '}
          {locales.map((l, i) => (
            <span key={l}>
              {i > 0 && ' · '}
              {l === locale ? (
                <strong lang={l} aria-current="page">{tLanguage(l)}</strong>
              ) : (
                <NextLink href={adminPath(l, `/admin/tiltak/${id}/forhandsvisning`)} lang={l} hrefLang={l}>{tLanguage(l)}</NextLink>
              )}
            </span>
          ))}
        </p>
        <AdminLink href={`/admin/tiltak/${id}`}>{t('preview.back')}</AdminLink>
      </div>
      <MeasureArticle measure={measure} />
    </div>
  );
}
