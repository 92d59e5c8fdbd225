'use client';
import { useTranslations } from 'next-intl';
import { ProviderType } from '@/lib/generated/prisma/enums';
import type { FormValues } from '@/lib/validation/form-data';
import { SelectField, TextField } from '@/components/forms/fields';
import { SimpleForm, type EditAction } from './simple-form';

export function ProviderForm({ action, initial }: { action: EditAction; initial: FormValues }) {
  const t = useTranslations('AdminEdit');
  const tEnum = useTranslations('Enums');
  return (
    <SimpleForm action={action} initial={initial}>
      {({ values, errors }) => {
        const f = (path: string) => ({ path, label: t(`fields.${path}` as 'fields.name'), values, errors });
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
          </>
        );
      }}
    </SimpleForm>
  );
}
