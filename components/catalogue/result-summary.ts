import type { getTranslations } from 'next-intl/server';
import type { CatalogueResult } from '@/lib/data/catalogue';

type CatalogueT = Awaited<ReturnType<typeof getTranslations<'Catalogue'>>>;

/**
 * The count sentence of a search, both tiers: "12 treff", "3 treff og 9 som kan passe".
 * The status region and the page title say the same.
 */
export function resultSummary(t: CatalogueT, result: Pick<CatalogueResult, 'total' | 'exactTotal' | 'possibleTotal'>, q: string): string {
  if (result.possibleTotal === 0) return q ? t('resultCountFor', { count: result.total, q }) : t('resultCount', { count: result.total });
  const counts = { exact: result.exactTotal, possible: result.possibleTotal };
  return q ? t('resultSummaryFor', { ...counts, q }) : t('resultSummary', counts);
}
