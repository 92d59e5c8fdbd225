import { getFormatter, getTranslations } from 'next-intl/server';
import type { MeasureSnapshot } from '@/lib/data/measures';
import { STATUS_TRANSITIONS } from '@/lib/domain/status';
import type { Actor } from '@/lib/services/types';
import { RequestConfirmationForm } from '@/components/admin/confirmation/request-confirmation-form';
import { deleteMeasureAction, setMeasureStatusAction, verifyMeasureAction } from '@/lib/actions/measures';
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { AdminLink } from './admin-link';
import { StatusBadge } from './status-badge';

const button = 'rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50';
const LABEL: Record<PublicationStatus, Record<PublicationStatus, 'publish' | 'unpublish' | 'archive' | 'toDraft' | null>> = {
  DRAFT: { DRAFT: null, PUBLISHED: 'publish', ARCHIVED: 'archive' },
  PUBLISHED: { DRAFT: 'unpublish', PUBLISHED: null, ARCHIVED: 'archive' },
  ARCHIVED: { DRAFT: 'toDraft', PUBLISHED: null, ARCHIVED: null },
};

/** Status changes, "confirm the information", preview, history and (admins) delete: plain forms. */
export async function MeasureActions({ measure, actor, publicHref }: { measure: MeasureSnapshot; actor: Actor; publicHref: string }) {
  const t = await getTranslations('AdminEdit');
  const format = await getFormatter();
  const version = String(measure.version);
  const verified = measure.lastVerifiedAt
    ? format.dateTime(new Date(`${measure.lastVerifiedAt}T12:00:00Z`), { dateStyle: 'long' })
    : t('measures.never');
  const editor = actor.role !== 'provider';
  return (
    <section aria-labelledby="actions-heading" className="space-y-3 rounded border border-gray-300 bg-gray-50 p-4">
      <h2 id="actions-heading" className="text-lg font-bold text-brand-900">{t('measures.actions')}</h2>
      <p>
        {t('fields.status')}: <StatusBadge status={measure.status} /> · {t('measures.lastVerified', { date: verified })} · {t('fields.version')} {version}
      </p>
      <p className="flex flex-wrap gap-4">
        <AdminLink href={`/admin/tiltak/${measure.id}/forhandsvisning`}>{t('measures.preview')}</AdminLink>
        <AdminLink href={`/admin/tiltak/${measure.id}/historikk`}>{t('measures.history')}</AdminLink>
        {measure.status === 'PUBLISHED' && <a href={publicHref}>{t('measures.viewPublic')}</a>}
      </p>
      {editor && (
        <div className="flex flex-wrap gap-3">
          {STATUS_TRANSITIONS[measure.status].map((to) => (
            <form key={to} action={setMeasureStatusAction.bind(null, measure.id)}>
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="status" value={to} />
              <button type="submit" className={button}>{t(`measures.${LABEL[measure.status][to]!}`)}</button>
            </form>
          ))}
          <form action={verifyMeasureAction.bind(null, measure.id)}>
            <input type="hidden" name="version" value={version} />
            <button type="submit" className={button} aria-describedby="verify-hint">{t('measures.verify')}</button>
            <span id="verify-hint" className="sr-only">{t('measures.verifyHint')}</span>
          </form>
          {measure.status !== 'ARCHIVED' && <RequestConfirmationForm measureIds={[measure.id]} back={`/admin/tiltak/${measure.id}`} />}
        </div>
      )}
      {actor.role === 'admin' && (
        <details className="rounded border border-red-700 p-3">
          <summary className="cursor-pointer font-semibold text-red-800">{t('measures.delete')}</summary>
          <form action={deleteMeasureAction.bind(null, measure.id)} className="mt-2 space-y-2">
            <p className="text-sm">{t('measures.deleteHint')}</p>
            <input type="hidden" name="version" value={version} />
            <label className="flex items-start gap-2">
              <input type="checkbox" name="confirm" value="on" required className="mt-1 h-4 w-4" />
              {t('measures.deleteConfirm')}
            </label>
            <button type="submit" className="rounded bg-red-700 px-3 py-1.5 font-semibold text-white">{t('measures.delete')}</button>
          </form>
        </details>
      )}
    </section>
  );
}
