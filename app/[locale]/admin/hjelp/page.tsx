import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { getHelpBlockForEdit } from '@/lib/data/help-block';
import { EDITORS } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { locales, toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('helpBlock.title') };
}

/** "Trenger du hjelp nå?" in each language, each with a link to its form. */
export default async function AdminHelpBlocksPage({ params }: PageProps<'/[locale]/admin/hjelp'>) {
  setRequestLocale(toLocale((await params).locale));
  await requireActor(EDITORS);
  const [t, blocks] = await Promise.all([getTranslations('AdminEdit'), Promise.all(locales.map((l) => getHelpBlockForEdit(l)))]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('helpBlock.title')}</h1>
      <p className="max-w-2xl">{t('helpBlock.intro')}</p>
      <ul className="space-y-3">
        {locales.map((language, i) => (
          <li key={language} className="rounded border border-gray-300 p-4">
            <h2 className="font-bold">
              <AdminLink href={`/admin/hjelp/${language}`}>{t(`helpBlock.languages.${language}`)}</AdminLink>
            </h2>
            <p lang={language}>{blocks[i]?.heading ?? t('helpBlock.empty')}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
