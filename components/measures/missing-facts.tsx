import { getTranslations } from 'next-intl/server';
import { orderFacts, type Fact } from '@/lib/catalogue/facts';
import type { Locale } from '@/lib/i18n/routing';

/** "Alder og kjønn er ikke oppgitt": the facts as one natural list, first letter capitalized. */
export async function missingFactsText(facts: readonly Fact[], locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Facts' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(orderFacts(facts).map((f) => t(`names.${f}`)));
  const text = t('missingLine', { facts: list });
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * The one short line about what a measure does not tell us. Unknown facts are named once,
 * here, instead of a row of "Ikke oppgitt" per fact; nothing when nothing is missing.
 */
export async function MissingFactsLine({ facts, locale, className = '' }: { facts: readonly Fact[]; locale: Locale; className?: string }) {
  if (facts.length === 0) return null;
  return <p className={`text-sm text-muted ${className}`}>{await missingFactsText(facts, locale)}</p>;
}
