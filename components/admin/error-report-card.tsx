// One visitor's error report in the editors' list: which measure, what is wrong, who to
// contact, a button (a plain form post) to mark it handled or open it again, and a delete
// form whose confirmation is a box to tick, so it works without JavaScript.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { deleteErrorReportAction, markErrorReportHandledAction, reopenErrorReportAction } from '@/lib/actions/error-report-handling';
import type { ErrorReportItem, ErrorReportView } from '@/lib/data/error-reports';
import { adminPath } from '@/lib/auth/paths';
import { getPathname } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { factListText } from '@/components/measures/missing-facts';

export async function ErrorReportCard({
  report,
  locale,
  view,
  page,
  confirmMissing = false,
}: {
  report: ErrorReportItem;
  locale: string;
  view: ErrorReportView;
  page: number;
  /** The editor asked to delete this report without ticking the confirmation. */
  confirmMissing?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations('AdminReports'), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const publicHref = getPathname({
    locale: toLocale(locale),
    href: { pathname: '/tiltak/[slug]', params: { slug: report.measureSlug } },
  });
  const action = (report.handledAt ? reopenErrorReportAction : markErrorReportHandledAction).bind(null, report.id);
  const deleteAction = deleteErrorReportAction.bind(null, report.id);
  const titleId = `report-${report.id}`;
  const confirmId = `confirm-delete-${report.id}`;
  const listPosition = (
    <>
      <input type="hidden" name="view" value={view} />
      <input type="hidden" name="page" value={page} />
    </>
  );
  const reportLabel = (
    <span className="sr-only">
      : {report.measureName}, {when(report.createdAt)}
    </span>
  );
  const contactValue = (value: string | null) =>
    value ?? (report.contactErasedAt ? t('contactErased', { date: when(report.contactErasedAt) }) : t('notGiven'));
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
        {report.facts.length > 0 && (
          <>
            <dt className="font-semibold">{t('facts')}</dt>
            <dd>{await factListText(report.facts, toLocale(locale))}</dd>
          </>
        )}
        <dt className="font-semibold">{t('contactName')}</dt>
        <dd>{contactValue(report.contactName)}</dd>
        <dt className="font-semibold">{t('contact')}</dt>
        <dd>{contactValue(report.contact)}</dd>
        {report.handledAt && (
          <>
            <dt className="font-semibold">{t('handled')}</dt>
            <dd>{t('handledBy', { date: when(report.handledAt), who: report.handledBy ?? t('unknownPerson') })}</dd>
          </>
        )}
      </dl>
      <form action={action}>
        {listPosition}
        <button
          type="submit"
          className="min-h-11 rounded border border-brand-700 px-3 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {report.handledAt ? t('reopen') : t('markHandled')}
          {reportLabel}
        </button>
      </form>
      <details open={confirmMissing || undefined}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-red-800">
          {t('delete')}
          {reportLabel}
        </summary>
        <form action={deleteAction} className="mt-2 space-y-3" noValidate>
          {listPosition}
          {confirmMissing && (
            <p id={`${confirmId}-error`} className="font-semibold text-red-800">
              {t('deleteConfirmMissing')}
            </p>
          )}
          <label className="flex items-start gap-2">
            <input
              id={confirmId}
              name="confirm"
              type="checkbox"
              value="yes"
              className="mt-1 size-5"
              aria-invalid={confirmMissing || undefined}
              aria-describedby={confirmMissing ? `${confirmId}-error` : undefined}
            />
            <span>{t('deleteConfirm')}</span>
          </label>
          <button type="submit" className="min-h-11 rounded bg-red-800 px-4 font-semibold text-white hover:bg-red-900">
            {t('deleteButton')}
            {reportLabel}
          </button>
        </form>
      </details>
    </article>
  );
}
