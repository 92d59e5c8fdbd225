import { getTranslations } from 'next-intl/server';
import { ADMIN_SORTS, type AdminMeasureQuery } from '@/lib/data/admin-measures';
import { STALE_MONTHS } from '@/lib/domain/stale';
import { District, PublicationStatus } from '@/lib/generated/prisma/enums';

const control = 'mt-1 block w-full rounded border border-gray-500 px-2 py-1.5';

/** Search, filters and sort of the admin list: a plain GET form, so the URL holds the state. */
export async function MeasureFilters({ query }: { query: AdminMeasureQuery }) {
  const t = await getTranslations('AdminEdit');
  const tEnum = await getTranslations('Enums');
  return (
    <form method="get" role="search" className="grid gap-3 rounded border border-gray-300 p-4 sm:grid-cols-6">
      <div className="sm:col-span-2">
        <label htmlFor="admin-q" className="font-semibold">{t('measures.searchLabel')}</label>
        <input id="admin-q" name="q" type="search" defaultValue={query.q} className={control} />
      </div>
      <div>
        <label htmlFor="admin-status" className="font-semibold">{t('measures.status')}</label>
        <select id="admin-status" name="status" defaultValue={query.status ?? ''} className={control}>
          <option value="">{t('common.any')}</option>
          {Object.values(PublicationStatus).map((s) => (
            <option key={s} value={s}>{t(`enums.PublicationStatus.${s}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="admin-district" className="font-semibold">{t('measures.district')}</label>
        <select id="admin-district" name="district" defaultValue={query.district ?? ''} className={control}>
          <option value="">{t('common.any')}</option>
          {Object.values(District).map((d) => (
            <option key={d} value={d}>{tEnum(`District.${d}`)}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="admin-sort" className="font-semibold">{t('measures.sort')}</label>
        <select id="admin-sort" name="sort" defaultValue={query.sort} className={control}>
          {ADMIN_SORTS.map((s) => (
            <option key={s} value={s}>{t(`measures.sortOption.${s}`)}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col justify-end gap-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="stale" value="1" defaultChecked={query.stale === '1'} className="h-4 w-4" />
          {t('measures.stale', { months: STALE_MONTHS })}
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">{t('common.filter')}</button>
      </div>
    </form>
  );
}
