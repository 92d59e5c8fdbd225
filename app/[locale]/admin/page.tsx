import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CompletenessList } from '@/components/admin/dashboard/completeness-list';
import { CompletenessSummary } from '@/components/admin/dashboard/completeness-summary';
import { DashboardSection } from '@/components/admin/dashboard-section';
import { requireActor } from '@/lib/auth/guard';
import { adminPath } from '@/lib/auth/paths';
import { ROLES } from '@/lib/auth/session';
import { getCompletenessOverview } from '@/lib/data/admin-completeness';
import { getDashboard, type Listing } from '@/lib/data/admin-dashboard';
import { STALE_MONTHS } from '@/lib/domain/stale';
import { getConfirmationOverview } from '@/lib/data/confirmation';
import { RequestConfirmationForm } from '@/components/admin/confirmation/request-confirmation-form';
import { toLocale } from '@/lib/i18n/routing';

// Depends on who is asking (and the session cookie): never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.dashboard' });
  return { title: t('title') };
}

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(ROLES);
  const [dashboard, completeness, confirmations] = await Promise.all([
    getDashboard(actor),
    getCompletenessOverview(actor),
    getConfirmationOverview(actor.role === 'provider' ? (actor.providerId ?? '00000000-0000-0000-0000-000000000000') : null),
  ]);
  const t = await getTranslations('Admin.dashboard');
  const tCompleteness = await getTranslations('Admin.completeness');
  const tConfirm = await getTranslations('AdminConfirmation');
  // Editors may ask a provider to fill in what is missing; provider accounts may not.
  const canRequest = actor.role !== 'provider';
  const tReports = await getTranslations('AdminReports');
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'medium' });
  const measureHref = (id: string) => adminPath(locale, `/admin/tiltak/${id}`);
  const showing = (listing: Listing<unknown>) =>
    listing.total > listing.items.length ? t('showing', { shown: listing.items.length, total: listing.total }) : undefined;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-1">{t('welcome', { name: actor.name })}</p>
      </div>
      <section aria-labelledby="completeness-title" className="rounded border border-brand-100 p-4">
        <h2 id="completeness-title" className="text-xl font-bold">{tCompleteness('title')}</h2>
        <CompletenessSummary overview={completeness} months={STALE_MONTHS} />
        <CompletenessList
          locale={locale}
          items={completeness.items}
          total={completeness.incomplete}
          requestSlot={canRequest ? (item) => item.hasUpdatesContact && <RequestConfirmationForm measureIds={[item.id]} back="/admin" /> : undefined}
        />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <DashboardSection
          id="stale"
          title={t('stale')}
          count={t('count', { count: dashboard.stale.total })}
          empty={t('staleEmpty')}
          showing={showing(dashboard.stale)}
        >
          {dashboard.stale.items.map((measure) => (
            <li key={measure.id} className="py-2">
              <Link href={measureHref(measure.id)}>{measure.name}</Link>
              <span className="block text-sm text-muted">
                {measure.providerName} ·{' '}
                {measure.lastVerifiedAt ? t('verifiedOn', { date: date(measure.lastVerifiedAt) }) : t('neverVerified')}
              </span>
            </li>
          ))}
        </DashboardSection>
        <DashboardSection
          id="unanswered"
          title={tConfirm('dashboardUnanswered')}
          count={t('count', { count: confirmations.unanswered.total })}
          empty={tConfirm('dashboardUnansweredEmpty')}
          showing={showing(confirmations.unanswered)}
        >
          {confirmations.unanswered.items.map((item) => (
            <li key={`${item.requestId}-${item.measureId}`} className="py-2">
              <Link href={measureHref(item.measureId)}>{item.measure.name}</Link>
              <span className="block text-sm text-muted">
                {item.measure.provider.name} · {tConfirm('dueOn', { date: date(item.dueOn) })} ·{' '}
                {item.measure.lastVerifiedAt ? t('verifiedOn', { date: date(item.measure.lastVerifiedAt) }) : t('neverVerified')}
              </span>
            </li>
          ))}
        </DashboardSection>
        <DashboardSection
          id="open-requests"
          title={tConfirm('dashboardOpen')}
          count={t('count', { count: confirmations.open.total })}
          empty={tConfirm('dashboardOpenEmpty')}
          showing={showing(confirmations.open)}
        >
          {confirmations.open.items.map((item) => (
            <li key={`${item.requestId}-${item.measureId}`} className="py-2">
              <Link href={measureHref(item.measureId)}>{item.measure.name}</Link>
              <span className="block text-sm text-muted">
                {item.measure.provider.name} · {item.request.sentAt ? tConfirm('sentOn', { date: date(item.request.sentAt) }) : tConfirm('notSent')}
              </span>
            </li>
          ))}
        </DashboardSection>
        <DashboardSection
          id="drafts"
          title={t('drafts')}
          count={t('count', { count: dashboard.drafts.total })}
          empty={t('draftsEmpty')}
          showing={showing(dashboard.drafts)}
        >
          {dashboard.drafts.items.map((measure) => (
            <li key={measure.id} className="py-2">
              <Link href={measureHref(measure.id)}>{measure.name}</Link>
              <span className="block text-sm text-muted">
                {measure.providerName} · {t('updatedOn', { date: date(measure.updatedAt) })}
              </span>
            </li>
          ))}
        </DashboardSection>
        <DashboardSection
          id="changes"
          title={t('changes')}
          count={t('count', { count: dashboard.pendingChanges.total })}
          empty={t('changesEmpty')}
          showing={showing(dashboard.pendingChanges)}
        >
          {dashboard.pendingChanges.items.map((change) => (
            <li key={change.id} className="py-2">
              <Link href={measureHref(change.measureId)}>{change.measureName}</Link>
              <span className="block text-sm text-muted">
                {change.providerName} ·{' '}
                {t('proposedOn', { date: date(change.createdAt), who: change.proposedBy ?? t('unknownPerson') })}
              </span>
            </li>
          ))}
        </DashboardSection>
        {dashboard.openErrorReports && (
          <DashboardSection
            id="reports"
            title={tReports('dashboardTitle')}
            count={t('count', { count: dashboard.openErrorReports.total })}
            empty={tReports('emptyOpen')}
            showing={showing(dashboard.openErrorReports)}
          >
            {dashboard.openErrorReports.items.map((report) => (
              <li key={report.id} className="py-2">
                <Link href={adminPath(locale, '/admin/meldinger')}>{report.measureName}</Link>
                <span className="block text-sm text-muted">
                  {format.dateTime(report.createdAt, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                  {report.message.length > 120 ? `${report.message.slice(0, 120)}…` : report.message}
                </span>
              </li>
            ))}
          </DashboardSection>
        )}
        {dashboard.contactRequests && (
          <section aria-labelledby="contact-requests-heading" className="rounded border border-brand-100 p-4">
            <h2 id="contact-requests-heading" className="text-xl font-bold">{t('contactRequests')}</h2>
            <p className="mt-2" data-contact-requests="">{t('contactRequestsLine', { ...dashboard.contactRequests })}</p>
            <p className="mt-1 text-sm text-muted">{t('contactRequestsNote')}</p>
          </section>
        )}
        {dashboard.recentChanges && (
          <DashboardSection
            id="audit"
            title={t('audit')}
            count={String(dashboard.recentChanges.length)}
            empty={t('auditEmpty')}
          >
            {dashboard.recentChanges.map((entry) => (
              <li key={entry.id} className="py-2">
                {t('auditLine', {
                  who: entry.userEmail ?? t('unknownPerson'),
                  action: entry.action,
                  entity: entry.entityType,
                })}
                <span className="block text-sm text-muted">
                  {format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
              </li>
            ))}
          </DashboardSection>
        )}
      </div>
    </div>
  );
}
