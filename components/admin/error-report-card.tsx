// One visitor's error report in the editors' list: which measure, what is wrong, who to
// contact, and a button (a plain form post) to mark it handled or open it again.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { markErrorReportHandledAction, reopenErrorReportAction } from '@/lib/actions/error-report-handling';
import type { ErrorReportItem, ErrorReportView } from '@/lib/admin/error-reports';
import { adminPath } from '@/lib/auth/paths';
import { getPathname } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';

export async function ErrorReportCard({
  report,
  locale,
  view,
  page,
}: {
  report: ErrorReportItem;
  locale: string;
  view: ErrorReportView;
  page: number;
}) {
  const [t, format] = await Promise.all([getTranslations('AdminReports'), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const publicHref = getPathname({
    locale: toLocale(locale),
    href: { pathname: '/tiltak/[slug]', params: { slug: report.measureSlug } },
  });
  const action = (report.handledAt ? reopenErrorReportAction : markErrorReportHandledAction).bind(null, report.id);
  const titleId = `report-${report.id}`;
  const reportLocale = (['nb', 'nn', 'en'] as const).find((l) => l === report.locale);

  return (
    <article aria-labelledby={titleId} className="space-y-3 rounded border border-brand-100 p-4">
      <h2 id={titleId} className="text-xl font-bold">
        <a href={publicHref}>{report.measureName}</a>
      </h2>
      <p className="text-sm text-muted">
        {t('received', { date: when(report.createdAt) })}
        {reportLocale && ` · ${t(`languages.${reportLocale}`)}`} ·{' '}
        <Link href={adminPath(locale, `/admin/tiltak/${report.measureId}`)}>{t('editMeasure')}</Link>
      </p>
      <blockquote className="whitespace-pre-line border-l-4 border-brand-100 pl-3">{report.message}</blockquote>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('contactName')}</dt>
        <dd>{report.contactName ?? t('notGiven')}</dd>
        <dt className="font-semibold">{t('contact')}</dt>
        <dd>{report.contact ?? t('notGiven')}</dd>
        {report.handledAt && (
          <>
            <dt className="font-semibold">{t('handled')}</dt>
            <dd>{t('handledBy', { date: when(report.handledAt), who: report.handledBy ?? t('unknownPerson') })}</dd>
          </>
        )}
      </dl>
      <form action={action}>
        <input type="hidden" name="view" value={view} />
        <input type="hidden" name="page" value={page} />
        <button
          type="submit"
          className="min-h-11 rounded border border-brand-700 px-3 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {report.handledAt ? t('reopen') : t('markHandled')}
          <span className="sr-only">: {report.measureName}, {when(report.createdAt)}</span>
        </button>
      </form>
    </article>
  );
}
