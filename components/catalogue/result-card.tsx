import { getTranslations } from 'next-intl/server';
import type { CatalogueItem } from '@/lib/data/catalogue';
import { localizedHeadline } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { langFor } from '../measures/translated';
import { measureHref } from './links';
import { OpeningLine } from './opening-line';
import { MissingFactsLine } from '../measures/missing-facts';
import type { Fact } from '@/lib/catalogue/facts';
import type { CatalogueQuery } from '@/lib/catalogue/query';

/** One search result; its link to the measure's page carries the visitor's list, if any. */
export async function ResultCard({
  item,
  locale,
  now,
  list,
  actions,
  unknownForSearch,
  search,
}: {
  item: CatalogueItem;
  locale: Locale;
  now: Date;
  list: readonly string[];
  actions?: React.ReactNode;
  /** For a "Kan passe" result: the searched-for facts this measure does not state. */
  unknownForSearch?: readonly Fact[];
  /** The search this card was found in: its page links back to it. */
  search?: CatalogueQuery;
}) {
  const t = await getTranslations('Catalogue.card');
  const tEnum = await getTranslations('Enums');
  const tFacts = await getTranslations('Facts');
  const tMeasure = await getTranslations('Measure');
  const tList = await getTranslations('MeasureList');
  const text = localizedHeadline(item, locale);
  const places = item.citywide ? [tList('citywide')] : item.districts.map((d) => tEnum(`District.${d}`));
  const age =
    item.ageMin !== null && item.ageMax !== null
      ? tMeasure('ageRange', { min: item.ageMin, max: item.ageMax })
      : item.ageMin !== null
        ? tMeasure('ageFrom', { min: item.ageMin })
        : item.ageMax !== null
          ? tMeasure('ageTo', { max: item.ageMax })
          : tFacts('unknown');
  const entry = item.dropIn
    ? t('dropIn')
    : item.referralRequired === true
      ? t('referral')
      : item.referralRequired === false
        ? t('noReferral')
        : tFacts('unknown');
  return (
    <article className="result-card">
      <h2 lang={langFor(text.name, locale)}>
        <a href={measureHref(locale, item.slug, list, search)}>{text.name.text}</a>
      </h2>
      <p className="text-sm text-muted">
        {item.providerName}
        {places.length > 0 && <> · {places.join(', ')}</>}
      </p>
      <p lang={langFor(text.summary, locale)}>{text.summary.text}</p>
      <dl>
        <dt>{t('age')}</dt>
        <dd>{age}</dd>
        <dt>{t('gender')}</dt>
        <dd>{item.gender ? tEnum(`Gender.${item.gender}`) : tFacts('unknown')}</dd>
        <dt>{t('entry')}</dt>
        <dd>{entry}</dd>
      </dl>
      <div className="mt-auto text-sm">
        <OpeningLine schedule={{ hoursStatus: item.hoursStatus, windows: item.windows, exceptions: item.exceptions }} now={now} />
      </div>
      {unknownForSearch && <MissingFactsLine facts={unknownForSearch} locale={locale} />}
      {actions}
    </article>
  );
}
