import { getTranslations } from 'next-intl/server';

/**
 * "Planlagt": the measure is announced but not started yet. Shown beside its name wherever
 * it is listed or is the page's heading, so nobody sets out for something that is not there.
 */
export async function PlannedBadge({ planned, lang }: { planned: boolean; /** The page's language, inside a name that may be a Bokmål fallback. */ lang?: string }) {
  if (!planned) return null;
  const t = await getTranslations('Measure');
  // The space keeps the name and the label two words for screen readers.
  return (
    <>
      {' '}
      <span lang={lang} className="planned-badge ml-2 inline-block rounded border border-warn-800 bg-warn-50 px-1.5 align-middle text-sm font-semibold text-warn-800">
        {t('planned')}
      </span>
    </>
  );
}
