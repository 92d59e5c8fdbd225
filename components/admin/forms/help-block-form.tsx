'use client';
import { useTranslations } from 'next-intl';
import { Checkbox, TextField } from '@/components/forms/fields';
import { rowsAt } from '@/components/forms/values';
import { HELP_BLOCK_MAX_ENTRIES } from '@/lib/validation/help-block';
import type { FormValues } from '@/lib/validation/form-data';
import { SimpleForm, type EditAction } from './simple-form';

/** Blank rows after the contacts, for new ones; a row left blank (or emptied) is not saved. */
const SPARE = 2;

/** "Trenger du hjelp nå?" in one language: heading, introduction and the contacts in order. */
export function HelpBlockForm({ action, initial, lang }: { action: EditAction; initial: FormValues; lang: string }) {
  const t = useTranslations('AdminEdit');
  return (
    <SimpleForm action={action} initial={initial} tokenField="version">
      {({ values, errors }) => {
        const f = (path: string, key = path) => ({ path, label: t(`helpBlock.fields.${key}` as 'helpBlock.fields.heading'), values, errors });
        const count = Math.min(HELP_BLOCK_MAX_ENTRIES, rowsAt(values, 'entries').length + SPARE);
        return (
          <>
            <TextField {...f('heading')} required lang={lang} />
            <TextField {...f('intro')} rows={2} lang={lang} />
            <p className="text-sm text-muted">{t('helpBlock.entriesHint')}</p>
            {Array.from({ length: count }, (_, i) => (
              <fieldset key={i} className="space-y-3 rounded border border-gray-300 p-3">
                <legend className="px-1 font-semibold">{t('helpBlock.entry', { row: i + 1 })}</legend>
                <TextField {...f(`entries.${i}.label`, 'label')} lang={lang} />
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField {...f(`entries.${i}.phone`, 'phone')} type="tel" hint={t('helpBlock.phoneHint')} />
                  <TextField {...f(`entries.${i}.href`, 'href')} hint={t('helpBlock.hrefHint')} />
                </div>
                <Checkbox {...f(`entries.${i}.placeholder`, 'placeholder')} />
              </fieldset>
            ))}
          </>
        );
      }}
    </SimpleForm>
  );
}
