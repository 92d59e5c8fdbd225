'use client';
import { useTranslations } from 'next-intl';
import { Section, TextField, type FieldProps } from '@/components/forms/fields';
import { TRANSLATION_LOCALES, translationField } from '@/lib/i18n/content';

/**
 * The Nynorsk and English versions of an item's Bokmål texts, one section per language, each
 * field as tall as the Bokmål field it translates. Shared by the measure, news and provider forms.
 */
export function TranslationSections<F extends string>({
  texts,
  rows = {},
  field,
}: {
  texts: readonly F[];
  rows?: Partial<Record<F, number>>;
  /** The form's own field props (value, errors, label) for a path. */
  field: (path: string) => FieldProps;
}) {
  const t = useTranslations('AdminEdit');
  return TRANSLATION_LOCALES.map((locale) => (
    <Section key={locale} id={`translation-${locale}`} title={t(`form.translation.${locale}`)}>
      <p className="text-sm text-muted">{t('form.translation.hint')}</p>
      {texts.map((text) => (
        <TextField key={text} {...field(translationField(text, locale))} rows={rows[text]} lang={locale} />
      ))}
    </Section>
  ));
}
