import { setRequestLocale } from 'next-intl/server';
import { HeaderLinks } from '@/components/layout/header-links';
import { toLocale } from '@/lib/i18n/routing';

// The header links on the home page.
export default async function HomeLanguages({ params, searchParams }: PageProps<'/[locale]'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  return <HeaderLinks locale={locale} segments={[]} searchParams={searchParams} />;
}
