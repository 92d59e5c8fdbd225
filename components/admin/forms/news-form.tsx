'use client';
import { useTranslations } from 'next-intl';
import { PublicationStatus } from '@/lib/generated/prisma/enums';
import type { FormValues } from '@/lib/validation/form-data';
import { SelectField, TextField } from '@/components/forms/fields';
import { NEWS_TEXTS } from '@/lib/i18n/content';
import { SimpleForm, type EditAction } from './simple-form';
import { TranslationSections } from './translation-sections';

export function NewsForm({ action, initial, measures }: { action: EditAction; initial: FormValues; measures: { id: string; name: string }[] }) {
  const t = useTranslations('AdminEdit');
  return (
    <SimpleForm action={action} initial={initial}>
      {({ values, errors }) => {
        const f = (path: string) => ({ path, label: t(`fields.${path}` as 'fields.name'), values, errors });
        return (
          <>
            <TextField {...f('title')} required />
            <TextField {...f('slug')} hint={t('fields.slugHint')} />
            <TextField {...f('body')} rows={10} required />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField {...f('publishedAt')} type="date" required />
              <SelectField {...f('status')} hint={t('news.statusHint')} options={Object.values(PublicationStatus).map((s) => ({ value: s, label: t(`enums.PublicationStatus.${s}`) }))} />
            </div>
            <SelectField {...f('measureId')} emptyLabel={t('news.noMeasure')} options={measures.map((m) => ({ value: m.id, label: m.name }))} />
            <TranslationSections texts={NEWS_TEXTS} rows={{ body: 10 }} field={f} />
          </>
        );
      }}
    </SimpleForm>
  );
}
