'use client';
import { useTranslations } from 'next-intl';
import { Language, ProviderType } from '@/lib/generated/prisma/enums';
import type { FormValues } from '@/lib/validation/form-data';
import { Section, SelectField, TextField } from '@/components/forms/fields';
import { PROVIDER_TEXTS } from '@/lib/i18n/content';
import { SimpleForm, type EditAction } from './simple-form';
import { TranslationSections } from './translation-sections';

export function ProviderForm({ action, initial }: { action: EditAction; initial: FormValues }) {
  const t = useTranslations('AdminEdit');
  const tEnum = useTranslations('Enums');
  // The shared labels of `description` and its translations speak of a measure ("Om tilbudet").
  const labels = {
    description: t('providers.fields.description'),
    descriptionNn: t('providers.fields.descriptionNn'),
    descriptionEn: t('providers.fields.descriptionEn'),
  } as Record<string, string>;
  return (
    <SimpleForm action={action} initial={initial} labels={labels}>
      {({ values, errors }) => {
        const f = (path: string) => ({ path, label: labels[path] ?? t(`fields.${path}` as 'fields.name'), values, errors });
        return (
          <>
            <TextField {...f('name')} required />
            <TextField {...f('slug')} hint={t('fields.slugHint')} />
            <SelectField {...f('type')} required emptyLabel={t('form.chooseOption')} options={Object.values(ProviderType).map((v) => ({ value: v, label: tEnum(`ProviderType.${v}`) }))} />
            <TextField {...f('description')} rows={5} />
            <div className="grid gap-4 sm:grid-cols-3">
              <TextField {...f('phone')} type="tel" />
              <TextField {...f('email')} type="email" />
              <TextField {...f('website')} type="url" placeholder="https://" />
            </div>
            <Section id="updates" title={t('form.updates')}>
              <p className="text-sm text-muted">{t('form.updatesHint')}</p>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField {...f('updatesEmail')} type="email" />
                <SelectField {...f('updatesLanguage')} options={Object.values(Language).map((v) => ({ value: v, label: t(`enums.Language.${v}`) }))} />
              </div>
            </Section>
            <TranslationSections texts={PROVIDER_TEXTS} rows={{ description: 5 }} field={f} />
          </>
        );
      }}
    </SimpleForm>
  );
}
