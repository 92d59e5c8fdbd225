import { getFormatter, getTranslations } from 'next-intl/server';
import type { HistoryEntry } from '@/lib/data/history';
import { restoreMeasureAction } from '@/lib/actions/measures';
import { DiffTable } from './diff-table';

/** Each audited change, newest first, with its fields before and after and a restore button. */
export async function HistoryList({ measureId, entries, currentVersion, canRestore, names, labelledBy }: { measureId: string; entries: HistoryEntry[]; currentVersion: number; canRestore: boolean; names: Record<string, string>; labelledBy: string }) {
  const t = await getTranslations('AdminEdit');
  const format = await getFormatter();
  if (entries.length === 0) return <p>{t('history.empty')}</p>;
  const restore = (entryId: string, side: 'after' | 'before', label: string) => (
    <form action={restoreMeasureAction.bind(null, measureId)}>
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="side" value={side} />
      <input type="hidden" name="version" value={currentVersion} />
      <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-700 hover:bg-brand-50">{label}</button>
    </form>
  );
  return (
    <ol aria-labelledby={labelledBy} className="space-y-4">
      {entries.map((e, i) => {
        const action = t(`enums.action.${e.action}` as 'enums.action.update');
        const isCurrent = e.version === currentVersion;
        return (
          <li key={e.id} className="space-y-2 rounded border border-gray-300 p-4">
            <h2 className="font-bold">
              {t('history.by', { action, who: e.userEmail ?? t('history.unknownUser') })} ·{' '}
              <time dateTime={e.createdAt}>{format.dateTime(new Date(e.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
              {e.version !== null && <> · {t('history.version', { version: e.version })}</>}
              {isCurrent && <> · <strong>{t('history.current')}</strong></>}
            </h2>
            {e.changes.length > 0 && (
              <DiffTable caption={t('history.changes')} rows={e.changes.map((c) => ({ field: c.field, left: c.before, right: c.after }))} leftLabel={t('history.before')} rightLabel={t('history.after')} names={names} />
            )}
            {canRestore && e.action !== 'delete' && (
              <div className="flex flex-wrap gap-3">
                {!isCurrent && restore(e.id, 'after', t('history.restore'))}
                {i === entries.length - 1 && e.action !== 'create' && restore(e.id, 'before', t('history.restoreBefore'))}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
