import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ErrorReportCard } from '@/components/admin/error-report-card';
import { Pager } from '@/components/admin/editing/pager';
import { ERROR_REPORT_PAGE_SIZE, listErrorReports, type ErrorReportView } from '@/lib/data/error-reports';
import { EDITORS } from '@/lib/services/types';
import { requireActor } from '@/lib/auth/guard';
import { adminPath } from '@/lib/auth/paths';
import { toLocale } from '@/lib/i18n/routing';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DONE = ['handled', 'reopened', 'deleted', 'notFound', 'confirmDelete'] as const;
const PROBLEMS: readonly string[] = ['notFound', 'confirmDelete'];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminReports'))('title') };
}

export default async function ErrorReportsPage({ params, searchParams }: PageProps<'/[locale]/admin/meldinger'>) {
  const { locale } = await params;
  setRequestLocale(toLocale(locale));
  // Editors and admins only: see lib/services/error-reports.ts for why providers see none.
  const actor = await requireActor(EDITORS);
  const raw = await searchParams;
  const view: ErrorReportView = one(raw.vis) === 'behandlet' ? 'handled' : 'open';
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one(raw.page) ?? '1', 10) || 1));
  const done = DONE.find((d) => d === one(raw.done));
  const confirmMissingFor = done === 'confirmDelete' ? one(raw.report) : undefined;
  const [t, reports] = await Promise.all([
    getTranslations('AdminReports'),
    listErrorReports(actor, view, { page }),
  ]);
  const list = reports ?? { total: 0, items: [] };
  const tabs: { key: ErrorReportView; href: string }[] = [
    { key: 'open', href: adminPath(locale, '/admin/meldinger') },
    { key: 'handled', href: `${adminPath(locale, '/admin/meldinger')}?vis=behandlet` },
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      <p className="max-w-2xl">{t('intro')}</p>
      <div aria-live="polite" role="status">
        {done && (
          <p
            className={`rounded p-3 font-semibold ${PROBLEMS.includes(done) ? 'border-2 border-red-700 bg-red-50 text-red-800' : 'border border-green-700 bg-green-50 text-green-900'}`}
          >
            {t(`done.${done}`)}
          </p>
        )}
      </div>
      <nav aria-label={t('filterLabel')}>
        <ul className="flex gap-4">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === view ? 'page' : undefined}
                className={`inline-block py-2 ${tab.key === view ? 'font-bold underline' : ''}`}
              >
                {t(`views.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p data-testid="report-count">{t(view === 'open' ? 'openCount' : 'handledCount', { count: list.total })}</p>
      {list.items.length === 0 ? (
        <p>{t(view === 'open' ? 'emptyOpen' : 'emptyHandled')}</p>
      ) : (
        <div className="space-y-4">
          {list.items.map((report) => (
            <ErrorReportCard
              key={report.id}
              report={report}
              locale={locale}
              view={view}
              page={page}
              confirmMissing={report.id === confirmMissingFor}
            />
          ))}
        </div>
      )}
      <Pager page={page} total={list.total} pageSize={ERROR_REPORT_PAGE_SIZE} params={{ ...raw, done: undefined, report: undefined }} />
    </div>
  );
}
