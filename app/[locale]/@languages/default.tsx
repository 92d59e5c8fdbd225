import { setRequestLocale } from 'next-intl/server';
import { HeaderLinks } from '@/components/layout/header-links';
import { toLocale } from '@/lib/i18n/routing';

// Where the slot has no page of its own for an address, the language links lead to the home page.
export default async function DefaultLanguages({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  return <HeaderLinks locale={locale} segments={[]} searchParams={Promise.resolve({})} />;
}
