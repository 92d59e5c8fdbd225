import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';
import { orderFacts, type Fact } from '@/lib/catalogue/facts';
import type { Locale } from '@/lib/i18n/routing';

/** "alder, kjønn og bydel": the facts' names as one natural list, in the canonical order. */
export async function factListText(facts: readonly Fact[], locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Facts' });
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(orderFacts(facts).map((f) => t(`names.${f}`)));
}

const capitalize = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** "Alder og kjønn er ikke oppgitt": the facts as one natural list, first letter capitalized. */
export async function missingFactsText(facts: readonly Fact[], locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Facts' });
  return capitalize(t('missingLine', { facts: await factListText(facts, locale) }), locale);
}

/**
 * The one short line about what a measure does not tell us. Unknown facts are named once,
 * here, instead of a row of "Ikke oppgitt" per fact; nothing when nothing is missing.
 */
export async function MissingFactsLine({ facts, locale, className = '' }: { facts: readonly Fact[]; locale: Locale; className?: string }) {
  if (facts.length === 0) return null;
  return <p className={`text-sm text-muted ${className}`} data-missing-facts="">{await missingFactsText(facts, locale)}</p>;
}

/**
 * The measure page's one note on what it lacks ("Vi mangler opplysninger om alder og
 * kjønn"), with a link to the error-report form that names the same facts, so whoever knows
 * can tell the editors.
 */
export async function MissingFactsNote({ facts, slug, locale }: { facts: readonly Fact[]; slug: string; locale: Locale }) {
  if (facts.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Facts' });
  const ordered = orderFacts(facts);
  return (
    <div className="rounded-lg border border-brand-100 p-4" data-missing-facts="">
      <p className="font-semibold">{t('missingNote', { facts: await factListText(ordered, locale) })}</p>
      <p className="mt-1">
        <PageLink href={{ pathname: '/tiltak/[slug]/meld-feil', params: { slug }, query: { mangler: ordered.join(',') } }}>
          {t('missingNoteLink')}
        </PageLink>
      </p>
    </div>
  );
}
