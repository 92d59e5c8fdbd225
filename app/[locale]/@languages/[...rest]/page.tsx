import { setRequestLocale } from 'next-intl/server';
import { HeaderLinks } from '@/components/layout/header-links';
import { toLocale } from '@/lib/i18n/routing';

// The header links for any page: this slot matches every address below the locale, so
// the server knows the page it links in the other languages (app/[locale]/layout.tsx).
// Like the pages it sits beside, rendered on the first visit and then cached where the
// page is; without this, the catch-all would make every static page dynamic.
export function generateStaticParams() {
  return [];
}

export default async function Languages({ params, searchParams }: PageProps<'/[locale]/[...rest]'>) {
  const { locale: raw, rest } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  return <HeaderLinks locale={locale} segments={rest} searchParams={searchParams} />;
}
