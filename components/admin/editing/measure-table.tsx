import { getFormatter, getTranslations } from 'next-intl/server';
import type { AdminMeasureRow } from '@/lib/data/admin-measures';
import { AdminLink } from './admin-link';
import { StatusBadge } from './status-badge';

/** `selectForm`: the id of a form the rows' checkboxes belong to (a request for confirmation). */
export async function MeasureTable({ rows, selectForm }: { rows: AdminMeasureRow[]; selectForm?: string }) {
  const t = await getTranslations('AdminEdit');
  const tConfirm = await getTranslations('AdminConfirmation');
  const tEnum = await getTranslations('Enums');
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso), { dateStyle: 'medium' });
  if (rows.length === 0) return <p>{t('measures.empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            {selectForm && <th scope="col" className="py-2 pr-3">{tConfirm('selectColumn')}</th>}
            {(['name', 'provider', 'status', 'districts', 'verified', 'updated'] as const).map((c) => (
              <th key={c} scope="col" className="py-2 pr-3">{t(`measures.columns.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className="border-b border-gray-200 align-top">
              {selectForm && (
                <td className="py-2 pr-3">
                  <input type="checkbox" name="measureIds" value={m.id} form={selectForm} aria-label={tConfirm('select', { name: m.name })} className="h-5 w-5" />
                </td>
              )}
              <th scope="row" className="py-2 pr-3 font-normal">
                <AdminLink href={`/admin/tiltak/${m.id}`} className="font-semibold">{m.name}</AdminLink>
                <span className="block text-sm text-muted">{m.slug}</span>
              </th>
              <td className="py-2 pr-3">{m.providerName}</td>
              <td className="py-2 pr-3"><StatusBadge status={m.status} /></td>
              <td className="py-2 pr-3 text-sm">{m.citywide ? t('measures.citywide') : m.districts.map((d) => tEnum(`District.${d}`)).join(', ') || t('common.none')}</td>
              <td className="py-2 pr-3 text-sm">
                {m.lastVerifiedAt ? date(m.lastVerifiedAt) : t('measures.never')}
                {m.stale && <span className="mt-1 block font-semibold text-warn-800">{t('measures.staleBadge')}</span>}
              </td>
              <td className="py-2 text-sm">{date(m.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
