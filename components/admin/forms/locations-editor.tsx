'use client';
import { useTranslations } from 'next-intl';
import { District } from '@/lib/generated/prisma/enums';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { Checkbox, SelectField, TextField } from '@/components/forms/fields';
import { RowsEditor } from './rows';

/** The places a measure is held (0..n), in the order shown on the public page. */
export function LocationsEditor({ values, errors, extra }: { values?: FormValues; errors?: FieldErrors; extra?: number }) {
  const t = useTranslations('AdminEdit');
  const tEnum = useTranslations('Enums');
  return (
    <RowsEditor group="locations" values={values} errors={errors} extra={extra} spare={1}>
      {({ index, values: row, existing }) => {
        const p = (f: string) => `locations.${index}.${f}`;
        // Row fields are read from the row itself, under the full path the errors use.
        const v = { locations: Object.assign([], { [index]: row }) } as FormValues;
        return (
          <fieldset key={index} className="grid gap-3 rounded border border-gray-200 p-3 sm:grid-cols-2">
            <legend className="px-1 font-semibold">{t('form.location', { row: index + 1 })}</legend>
            <TextField path={p('name')} label={t('form.locationName')} values={v} errors={errors} />
            <TextField path={p('address')} label={t('form.address')} values={v} errors={errors} />
            <TextField path={p('postcode')} label={t('form.postcode')} values={v} errors={errors} inputMode="numeric" />
            <TextField path={p('city')} label={t('form.city')} values={v} errors={errors} />
            <SelectField
              path={p('district')}
              label={t('form.district')}
              values={v}
              errors={errors}
              emptyLabel={t('form.noneOption')}
              options={Object.values(District).map((d) => ({ value: d, label: tEnum(`District.${d}`) }))}
            />
            <div className="grid grid-cols-2 gap-2">
              <TextField path={p('latitude')} label={t('form.latitude')} values={v} errors={errors} inputMode="decimal" />
              <TextField path={p('longitude')} label={t('form.longitude')} values={v} errors={errors} inputMode="decimal" />
            </div>
            <Checkbox path={p('placeholder')} label={t('form.placeholder')} values={v} errors={errors} />
            {existing && <Checkbox path={p('remove')} label={t('form.removeRow', { row: index + 1 })} />}
          </fieldset>
        );
      }}
    </RowsEditor>
  );
}
