import { getFormatter, getTranslations } from 'next-intl/server';
import type { CatalogueItem } from '@/lib/data/catalogue';
import type { Fact } from '@/lib/catalogue/facts';
import { unknownCardFacts } from '@/lib/domain/unknown-facts';
import { localizedHeadline } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { MissingFactsLine } from '../measures/missing-facts';
import { langFor } from '../measures/translated';
import { measureHref } from './links';
import { OpeningLine } from './opening-line';
import type { CatalogueQuery } from '@/lib/catalogue/query';

/**
 * One search result; its link to the measure's page carries the visitor's list, if any.
 * It shows the facts it knows and names the missing ones in one line, never as "Ikke oppgitt".
 */
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
          : null;
  const entry = item.dropIn
    ? t('dropIn')
    : item.referralRequired === true
      ? t('referral')
      : item.referralRequired === false
        ? t('noReferral')
        : null;
  const facts = [
    { label: t('age'), value: age },
    { label: t('gender'), value: item.gender && tEnum(`Gender.${item.gender}`) },
    { label: t('entry'), value: entry },
  ].filter((f): f is { label: string; value: string } => f.value !== null);
  // One line about what is missing: for a "Kan passe" result the facts the search asked
  // about, otherwise those this card would show.
  const missing = unknownForSearch ?? unknownCardFacts(item);
  const distance = search?.near ? await distanceLine(item.distanceKm, search.near) : null;
  return (
    <article className="result-card">
      <h3 lang={langFor(text.name, locale)}>
        <a href={measureHref(locale, item.slug, list, search)}>{text.name.text}</a>
        {item.planned && <span className="font-normal"> ({t('planned')})</span>}
      </h3>
      <p className="text-sm text-muted">
        {item.providerName}
        {places.length > 0 && <> · {places.join(', ')}</>}
      </p>
      {distance && <p className="text-sm">{distance}</p>}
      <p lang={langFor(text.summary, locale)}>{text.summary.text}</p>
      {facts.length > 0 && (
        <dl>
          {facts.map((f) => (
            <div key={f.label} className="contents">
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {item.hoursStatus !== 'UNKNOWN' && (
        <div className="mt-auto text-sm">
          <OpeningLine schedule={{ hoursStatus: item.hoursStatus, windows: item.windows, exceptions: item.exceptions }} now={now} />
        </div>
      )}
      <MissingFactsLine facts={missing} locale={locale} className={item.hoursStatus === 'UNKNOWN' ? 'mt-auto' : ''} />
      {actions}
    </article>
  );
}

/**
 * How far, in one short line: from the chosen district or (roughly) from the visitor. An
 * unknown distance is said to be unknown, with the reason, never left to look like "far".
 */
async function distanceLine(km: number | null, near: NonNullable<CatalogueQuery['near']>): Promise<string> {
  const t = await getTranslations('Catalogue.card');
  if (km === null) return t('distanceUnknown');
  const format = await getFormatter();
  const rounded = format.number(km, { maximumFractionDigits: km < 10 ? 1 : 0 });
  if ('position' in near) return t('distanceFromYou', { km: rounded });
  const tEnum = await getTranslations('Enums');
  return t('distanceFrom', { km: rounded, place: tEnum(`District.${near.district}`) });
}
