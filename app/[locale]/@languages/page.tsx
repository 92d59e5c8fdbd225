import { setRequestLocale } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/layout/locale-switcher';
import { toLocale } from '@/lib/i18n/routing';

// The language links on the home page.
export default async function HomeLanguages({ params, searchParams }: PageProps<'/[locale]'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  return <LocaleSwitcher locale={locale} segments={[]} searchParams={searchParams} />;
}
