import { getTranslations } from 'next-intl/server';
import { isFallback, type LocalizedText } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';

// How a content text that may be a Bokmål fallback (a measure's, and also a news item's or
// a provider's description) is marked on a page in another language: `lang` on the element
// wrapping the text (screen readers switch voice, browsers hyphenate correctly), and a short
// note, once per block, that says why it is Bokmål.

/** The `lang` attribute for an element holding `text` on a page in `locale`; none when they agree. */
export const langFor = (text: LocalizedText | null, locale: Locale): Locale | undefined =>
  isFallback(text, locale) ? text!.lang : undefined;

/** Shown next to a block whose texts fell back to Bokmål; nothing when none did. */
export async function FallbackNote({ texts, locale, className = '' }: { texts: (LocalizedText | null)[]; locale: Locale; className?: string }) {
  if (!texts.some((text) => isFallback(text, locale))) return null;
  const t = await getTranslations('Translation');
  return <p className={`text-sm italic text-muted ${className}`}>{t('onlyBokmal')}</p>;
}
