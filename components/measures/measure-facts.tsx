import { getTranslations } from 'next-intl/server';
import type { MeasureDetail } from '@/lib/data/measures';
import { FactList } from './fact-list';

// Who the offer is for and what it takes to join: the known facts only. The unknown ones are
// named once, in the page's note (MissingFactsNote), never as rows of "Ikke oppgitt".
export async function MeasureFacts({ measure: m }: { measure: MeasureDetail }) {
  const t = await getTranslations('Measure');
  const tEnum = await getTranslations('Enums');
  const tFacts = await getTranslations('Facts');
  const known = (facts: { value: unknown }[]) => facts.some((f) => f.value !== null && f.value !== undefined);
  const yesNo = (value: boolean | null) => (value === null ? null : value ? tFacts('yes') : tFacts('no'));
  const list = (values: string[]) => (values.length ? values.join(', ') : null);

  const age =
    m.ageMin !== null && m.ageMax !== null
      ? t('ageRange', { min: m.ageMin, max: m.ageMax })
      : m.ageMin !== null
        ? t('ageFrom', { min: m.ageMin })
        : m.ageMax !== null
          ? t('ageTo', { max: m.ageMax })
          : null;
  const districts = m.citywide
    ? [(await getTranslations('MeasureList'))('citywide')]
    : m.districts.map((d) => tEnum(`District.${d}`));

  const who = [
    { label: t('kind'), value: tEnum(`MeasureKind.${m.kind}`) },
    { label: t('categories'), value: list(m.categories.map((c) => tEnum(`ContentCategory.${c}`))) },
    { label: t('targetGroups'), value: list(m.targetGroups.map((g) => tEnum(`TargetGroup.${g}`))) },
    { label: t('age'), value: age },
    { label: t('gender'), value: m.gender && tEnum(`Gender.${m.gender}`) },
    { label: t('districts'), value: list(districts) },
  ];
  const entry = [
    { label: t('referral'), value: yesNo(m.referralRequired) },
    ...(m.referralFrom ? [{ label: t('referralFrom'), value: m.referralFrom }] : []),
    { label: t('application'), value: yesNo(m.applicationRequired) },
    { label: t('dropIn'), value: yesNo(m.dropIn) },
    { label: t('sobrietyRule'), value: m.sobrietyRule && tEnum(`SobrietyRule.${m.sobrietyRule}`) },
    { label: t('anonymous'), value: yesNo(m.anonymous) },
    { label: t('free'), value: yesNo(m.freeOfCharge) },
    ...(m.priceText ? [{ label: t('price'), value: m.priceText }] : []),
    { label: t('companion'), value: yesNo(m.companionWelcome) },
    { label: t('wheelchair'), value: yesNo(m.wheelchairAccessible) },
  ];

  return (
    <>
      <section aria-labelledby="who-heading" className="space-y-3">
        <h2 id="who-heading" className="text-xl font-bold text-brand-900">{t('whoFor')}</h2>
        <FactList facts={who} />
      </section>
      {known(entry) && (
        <section aria-labelledby="entry-heading" className="space-y-3">
          <h2 id="entry-heading" className="text-xl font-bold text-brand-900">{t('entry')}</h2>
          <FactList facts={entry} />
        </section>
      )}
    </>
  );
}
