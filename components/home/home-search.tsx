import { getTranslations } from 'next-intl/server';
import { cataloguePath } from '@/components/catalogue/links';
import type { Locale } from '@/lib/i18n/routing';

// A plain GET form to the catalogue, so searching works without JavaScript and lands on
// the same shareable URL as the catalogue's own search.
export async function HomeSearch({ locale }: { locale: Locale }) {
  const t = await getTranslations('Home');
  return (
    <form role="search" method="get" action={cataloguePath(locale)} className="max-w-2xl">
      <label htmlFor="home-q" className="block text-lg font-semibold">{t('searchLabel')}</label>
      <p id="home-q-hint" className="text-sm text-muted">{t('searchHint')}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="home-q" name="q" type="search" maxLength={200} aria-describedby="home-q-hint"
          className="min-h-12 min-w-0 flex-1 basis-48 rounded border border-muted px-3 text-lg"
        />
        <button type="submit" className="min-h-12 rounded bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-900">
          {t('searchButton')}
        </button>
      </div>
    </form>
  );
}
