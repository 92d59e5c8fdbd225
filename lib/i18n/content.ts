// Content texts (a measure's, a news item's, a provider's description) in the visitor's
// language. Bokmål is the original; Nynorsk and English versions are optional (NULL = not
// translated), and a missing one falls back to Bokmål. Every text carries the language it is really in, so the page can mark it with
// `lang` and say, once per block, that it is only available in Bokmål.
import type { Locale } from './routing';

/** A measure's translatable texts. */
export const TRANSLATED_TEXTS = ['name', 'summary', 'description', 'howToStart'] as const;
export type TranslatedText = (typeof TRANSLATED_TEXTS)[number];
/** A news item's translatable texts. */
export const NEWS_TEXTS = ['title', 'body'] as const;
export type NewsText = (typeof NEWS_TEXTS)[number];
/** A provider's translatable text; its name is a proper name and stays as it is. */
export const PROVIDER_TEXTS = ['description'] as const;
export type ProviderText = (typeof PROVIDER_TEXTS)[number];
export const TRANSLATION_LOCALES = ['nn', 'en'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

type Suffix<L extends TranslationLocale> = L extends 'nn' ? 'Nn' : 'En';
/** The column holding a text's translation, e.g. `nameEn`, `howToStartNn`, `titleEn`. */
export type TranslationField<F extends string = TranslatedText, L extends TranslationLocale = TranslationLocale> = `${F}${Suffix<L>}`;

/** The translation columns of `texts`, all Nynorsk first, in the order the admin forms show them. */
export function translationFieldsOf<F extends string>(texts: readonly F[]): TranslationField<F>[] {
  return TRANSLATION_LOCALES.flatMap((locale) => texts.map((field) => translationField(field, locale)));
}

/** A measure's eight translation columns. */
export const TRANSLATION_FIELDS = translationFieldsOf(TRANSLATED_TEXTS);
export const NEWS_TRANSLATION_FIELDS = translationFieldsOf(NEWS_TEXTS);
export const PROVIDER_TRANSLATION_FIELDS = translationFieldsOf(PROVIDER_TEXTS);

export function translationField<F extends string, L extends TranslationLocale>(field: F, locale: L): TranslationField<F, L> {
  return `${field}${locale === 'nn' ? 'Nn' : 'En'}` as TranslationField<F, L>;
}

/** A text and the language it is written in (the page's locale, or 'nb' when it fell back). */
export interface LocalizedText {
  text: string;
  lang: Locale;
}

/** The translation columns of texts `F`, as the data functions return them. */
export type TranslationColumns<F extends string = TranslatedText> = { [K in TranslationField<F>]: string | null };

/** A row with the Bokmål text of `F` and its translation columns. */
export type Translatable<F extends string> = { [K in F]: string | null } & { [K in TranslationField<F>]?: string | null };

/**
 * One text in `locale`: its translation when there is one (blank counts as missing), else
 * the Bokmål original marked 'nb'. Null when there is no text at all.
 */
export function localizedText<F extends string>(row: Translatable<F>, field: F, locale: Locale): LocalizedText | null {
  if (locale !== 'nb') {
    const translated = (row as Record<string, string | null | undefined>)[translationField(field, locale)];
    if (translated && translated.trim() !== '') return { text: translated, lang: locale };
  }
  const original = row[field];
  return original === null || original === undefined || original === '' ? null : { text: original, lang: 'nb' };
}

/** Name and summary, which every measure has: for cards and lists. */
export function localizedHeadline(row: Translatable<'name' | 'summary'> & { name: string; summary: string }, locale: Locale) {
  return {
    name: localizedText(row, 'name', locale)!,
    summary: localizedText(row, 'summary', locale)!,
  };
}

/** All four texts of a measure: for its page, metadata and structured data. */
export function localizedMeasure(row: Translatable<TranslatedText> & { name: string; summary: string }, locale: Locale) {
  return {
    ...localizedHeadline(row, locale),
    description: localizedText(row, 'description', locale),
    howToStart: localizedText(row, 'howToStart', locale),
  };
}

/** A news item's title and body, which every item has. */
export function localizedNews(row: Translatable<NewsText> & { title: string; body: string }, locale: Locale) {
  return {
    title: localizedText(row, 'title', locale)!,
    body: localizedText(row, 'body', locale)!,
  };
}

/** Whether a text shown on a page in `locale` is a Bokmål fallback (needs lang and a note). */
export const isFallback = (text: LocalizedText | null, locale: Locale): boolean => !!text && text.lang !== locale;
