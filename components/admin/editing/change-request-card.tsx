import { getFormatter, getTranslations } from 'next-intl/server';
import type { ChangeRequestView } from '@/lib/data/change-requests';
import { approveChangeRequestAction, rejectChangeRequestAction } from '@/lib/actions/change-requests';
import { AdminLink } from './admin-link';
import { DiffTable } from './diff-table';

const button = 'rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50';

/** One pending proposal: what would change against the measure as it is now, and the decision. */
export async function ChangeRequestCard({ request, names, showConflict, canReview }: { request: ChangeRequestView; names: Record<string, string>; showConflict: boolean; canReview: boolean }) {
  const t = await getTranslations('AdminEdit');
  const format = await getFormatter();
  const r = request;
  return (
    <article aria-labelledby={`cr-${r.id}`} className="space-y-3 rounded border border-gray-300 p-4">
      <h2 id={`cr-${r.id}`} className="text-xl font-bold text-brand-900">
        <AdminLink href={`/admin/tiltak/${r.measure.id}`}>{r.measure.name}</AdminLink>
      </h2>
      <p className="text-sm text-muted">
        {t('changeRequests.proposedBy', { who: r.proposedBy ?? t('history.unknownUser'), provider: r.providerName, date: format.dateTime(new Date(r.createdAt), { dateStyle: 'medium', timeStyle: 'short' }) })}
      </p>
      {r.note && <p>{t('changeRequests.note', { note: r.note })}</p>}
      {showConflict && <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">{t('changeRequests.conflict')}</p>}
      {r.stale && <p className="rounded bg-warn-50 p-3 text-warn-800">{t('changeRequests.stale', { base: r.baseVersion, current: r.measure.version })}</p>}
      {r.diff.length === 0 ? (
        <p>{t('changeRequests.noDiff')}</p>
      ) : (
        <DiffTable caption={r.measure.name} rows={r.diff.map((d) => ({ field: d.field, left: d.before, right: d.after }))} leftLabel={t('changeRequests.now')} rightLabel={t('changeRequests.proposed')} names={names} />
      )}
      {canReview && r.status === 'PENDING' && (
        <div className="flex flex-wrap items-start gap-4">
          <form action={approveChangeRequestAction.bind(null, r.id)}>
            {r.stale && <input type="hidden" name="version" value={r.measure.version} />}
            <button type="submit" className={button}>{r.stale ? t('changeRequests.approveAnyway') : t('changeRequests.approve')}</button>
          </form>
          <form action={rejectChangeRequestAction.bind(null, r.id)} className="flex flex-wrap items-end gap-2">
            <label className="block">
              <span className="block text-sm font-semibold">{t('changeRequests.rejectNote')}</span>
              <input name="note" type="text" className="rounded border border-gray-500 px-2 py-1" />
            </label>
            <button type="submit" className={button}>{t('changeRequests.reject')}</button>
          </form>
        </div>
      )}
    </article>
  );
}
