import { setRequestLocale } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/layout/locale-switcher';
import { toLocale } from '@/lib/i18n/routing';

// The language links for any page: this slot matches every address below the locale, so
// the server knows the page it links in the other languages (app/[locale]/layout.tsx).
export default async function Languages({ params, searchParams }: PageProps<'/[locale]/[...rest]'>) {
  const { locale: raw, rest } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  return <LocaleSwitcher locale={locale} segments={rest} searchParams={searchParams} />;
}
