import type { Metadata } from 'next';
import MeasurePage, { generateMetadata as measureMetadata } from '@/app/[locale]/tiltak/[slug]/page';
import { setCurrentList } from '@/lib/my-list/current';
import { LIST_PARAM, parseList } from '@/lib/my-list/list';

// A measure's page when the visitor is building a list (/tiltak/<slug>?list=…, rewritten
// here by proxy.ts): the same page, rendered per request so that its "add to / remove
// from my list" link can keep the rest of the list. The plain page stays cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(props: PageProps<'/[locale]/tiltak-i-liste/[slug]'>): Promise<Metadata> {
  // Its canonical address is the plain page's.
  const metadata = await measureMetadata({ params: props.params, searchParams: props.searchParams });
  return { ...metadata, robots: { index: false } };
}

export default async function MeasureInListPage(props: PageProps<'/[locale]/tiltak-i-liste/[slug]'>) {
  const raw = (await props.searchParams)[LIST_PARAM];
  setCurrentList(parseList(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).slugs);
  return <MeasurePage {...props} />;
}
