import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { activeFilters, CRITERIA, defaultSort, FORM_KINDS, SORTS, type CatalogueQuery, type Toggle } from '@/lib/catalogue/query';
import { formatPosition } from '@/lib/domain/geography';
import { LIST_PARAM, serializeList } from '@/lib/my-list/list';
import { ContentCategory, District, SobrietyRule } from '@/lib/generated/prisma/enums';
import { NearMeButton } from './near-me-button';

// A plain GET form: every search and filter works without JavaScript, and the result is
// a URL that can be shared or bookmarked. On a phone the words field stays in view and
// every filter sits behind one "Filtrer" disclosure (<details>, which opens without a
// script), so the results start on the first screen; from the lg breakpoint the same
// controls stand open beside the results (.filter-panel in app/globals.css). One form,
// one set of controls: nothing is rendered twice for the two layouts.

/** The order the choices are shown in: the two about evenings side by side, told apart by their names. */
const TOGGLE_ORDER: readonly Toggle[] = ['open_now', 'tonight', 'evening', 'weekend', 'relatives', 'youth'];

function Checkbox({ name, value, checked, children }: { name: string; value: string; checked: boolean; children: ReactNode }) {
  return (
    <label className="choice">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} />
      <span>{children}</span>
    </label>
  );
}

function Group({ legend, children, hint }: { legend: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="space-y-1">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 lg:grid-cols-1">{children}</div>
    </fieldset>
  );
}

export async function SearchForm({ query, action }: { query: CatalogueQuery; action: string }) {
  const t = await getTranslations('Catalogue');
  const tEnum = await getTranslations('Enums');
  const chosen = activeFilters(query).length;
  const selectClass = 'min-h-11 w-full rounded border border-muted bg-white px-2';
  // The default order is sent as an empty value, so that words typed into an unsorted
  // catalogue are ranked by relevance instead of inheriting "name" from the select, and a
  // district chosen in "near" sorts by distance.
  const unsorted = defaultSort(query);
  const sorts = SORTS.filter((s) => (query.q || s !== 'relevance') && (query.near || s !== 'distance'));
  // A position (already rounded) stays selectable as it came; choosing a district or none replaces it.
  const position = query.near && 'position' in query.near ? formatPosition(query.near.position) : null;
  const near = query.near ? ('district' in query.near ? query.near.district.toLowerCase() : position!) : '';
  const submit = 'min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-900';

  return (
    <form role="search" method="get" action={action} className="space-y-3">
      {/* A new search keeps the visitor's list. */}
      {!!query.list?.length && <input type="hidden" name={LIST_PARAM} value={serializeList(query.list)} />}
      <div>
        <label htmlFor="q" className="block font-semibold">{t('searchLabel')}</label>
        <p id="q-hint" className="text-sm text-muted">{t('searchHint')}</p>
        <div className="mt-1 flex gap-2">
          <input
            id="q" name="q" type="search" defaultValue={query.q} aria-describedby="q-hint" maxLength={200}
            className="min-h-11 w-full min-w-0 flex-1 rounded border border-muted px-3"
          />
          <button type="submit" className={submit}>{t('searchButton')}</button>
        </div>
      </div>

      <details className="filter-panel">
        <summary>
          {t('filterToggle')}
          {chosen > 0 && <> <span className="filter-count">{t('filterCount', { count: chosen })}</span></>}
        </summary>
        <div className="space-y-5 pt-3">
          <Group legend={t('when')}>
            {TOGGLE_ORDER.map((toggle) => (
              <Checkbox key={toggle} name={toggle} value="1" checked={query.toggles.includes(toggle)}>
                {t(`toggle.${toggle}`)}
              </Checkbox>
            ))}
          </Group>
          <Group legend={t('district')} hint={t('districtHint')}>
            {Object.values(District).map((d) => (
              <Checkbox key={d} name="district" value={d.toLowerCase()} checked={query.districts.includes(d)}>
                {tEnum(`District.${d}`)}
              </Checkbox>
            ))}
          </Group>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
            <div>
              <label htmlFor="age" className="block font-semibold">{t('age')}</label>
              <p id="age-hint" className="text-sm text-muted">{t('ageHint')}</p>
              <input
                id="age" name="age" type="number" inputMode="numeric" min={0} max={120} aria-describedby="age-hint"
                defaultValue={query.age ?? ''} className="mt-1 min-h-11 w-28 rounded border border-muted px-2"
              />
            </div>
            <fieldset>
              <legend className="font-semibold">{t('gender')}</legend>
              {([['', t('genderAny')], ['women', t('genderWomen')], ['men', t('genderMen')]] as const).map(([value, label]) => (
                <label key={value} className="choice">
                  <input type="radio" name="gender" value={value} defaultChecked={(query.gender ?? '') === value} />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <Group legend={t('kind')}>
            {FORM_KINDS.map((k) => (
              <Checkbox key={k} name="kind" value={k.toLowerCase()} checked={query.kinds.includes(k)}>
                {tEnum(`MeasureKind.${k}`)}
              </Checkbox>
            ))}
          </Group>
          <Group legend={t('category')}>
            {Object.values(ContentCategory).map((c) => (
              <Checkbox key={c} name="category" value={c.toLowerCase()} checked={query.categories.includes(c)}>
                {tEnum(`ContentCategory.${c}`)}
              </Checkbox>
            ))}
          </Group>
          <Group legend={t('criteria')}>
            {CRITERIA.map((c) => (
              <Checkbox key={c} name="criteria" value={c} checked={query.criteria.includes(c)}>
                {t(`criterion.${c}`)}
              </Checkbox>
            ))}
          </Group>
          <div>
            <label htmlFor="sobriety" className="block font-semibold">{t('sobriety')}</label>
            <select id="sobriety" name="sobriety" defaultValue={query.sobriety?.toLowerCase() ?? ''} className={`${selectClass} mt-1 sm:w-auto`}>
              <option value="">{t('sobrietyAny')}</option>
              {Object.values(SobrietyRule).map((s) => (
                <option key={s} value={s.toLowerCase()}>{tEnum(`SobrietyRule.${s}`)}</option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="sort" className="block font-semibold">{t('sort')}</label>
              <select id="sort" name="sort" defaultValue={query.sort === unsorted ? '' : query.sort} className={`${selectClass} mt-1`}>
                {sorts.map((s) => (
                  <option key={s} value={s === unsorted ? '' : s}>{t(`sortOption.${s}`)}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="near" className="block font-semibold">{t('near')}</label>
              <select id="near" name="near" defaultValue={near} className={`${selectClass} mt-1`}>
                <option value="">{t('nearNone')}</option>
                {position && <option value={position}>{t('nearPosition')}</option>}
                {Object.values(District).map((d) => (
                  <option key={d} value={d.toLowerCase()}>{tEnum(`District.${d}`)}</option>
                ))}
              </select>
            </div>
            <button type="submit" className={submit}>{t('showResults')}</button>
          </div>
          <NearMeButton label={t('nearMe')} note={t('nearMeNote')} locating={t('nearMeLocating')} failed={t('nearMeFailed')} />
        </div>
      </details>
    </form>
  );
}
