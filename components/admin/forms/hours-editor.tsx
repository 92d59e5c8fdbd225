'use client';
import { useTranslations } from 'next-intl';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { FieldError } from '@/components/forms/fields';
import { RowsEditor } from './rows';
import { errorId, errorsAt, inputId, inputName, textAt } from '@/components/forms/values';
import { WindowChoices } from './window-choices';

const cell = 'w-full rounded border border-gray-500 px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

/** Weekly windows: one row per window, several rows a day allowed, optional season. */
export function HoursEditor({ values, errors, extra }: { values?: FormValues; errors?: FieldErrors; extra?: number }) {
  const t = useTranslations('AdminEdit');
  const tHours = useTranslations('Hours');
  const days = [1, 2, 3, 4, 5, 6, 7] as const;
  const input = (index: number, field: string, row: FormValues, props: { type?: string; placeholder?: string; label: string }) => {
    const path = `openingHours.${index}.${field}`;
    const invalid = errorsAt(errors, path).length > 0;
    return (
      <label className="block text-sm">
        <span className="font-semibold">{props.label}</span>
        <input
          id={inputId(path)}
          name={inputName(path)}
          type={props.type ?? 'text'}
          inputMode={props.type ? undefined : 'numeric'}
          placeholder={props.placeholder}
          defaultValue={textAt(row, field)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId(path) : 'hours-time-hint'}
          className={cell}
        />
        <FieldError path={path} errors={errors} />
      </label>
    );
  };
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{t('fields.openingHours')}</legend>
      <p id="hours-time-hint" className="text-sm text-muted">
        {t('form.timeHint')} {t('form.seasonHint')}
      </p>
      <RowsEditor group="openingHours" values={values} errors={errors} extra={extra}>
        {({ index, values: row, existing }) => {
          const dayPath = `openingHours.${index}.weekday`;
          const dayInvalid = errorsAt(errors, dayPath).length > 0;
          return (
            <div key={index} role="group" aria-label={`${t('fields.openingHours')}, ${t('form.row', { row: index + 1 })}`} className="grid grid-cols-2 gap-2 rounded border border-gray-200 p-2 sm:grid-cols-6">
              <label className="block text-sm">
                <span className="font-semibold">{t('form.weekday')}</span>
                <select id={inputId(dayPath)} name={inputName(dayPath)} defaultValue={textAt(row, 'weekday')} aria-invalid={dayInvalid || undefined} aria-describedby={dayInvalid ? errorId(dayPath) : undefined} className={cell}>
                  <option value="">{t('form.chooseOption')}</option>
                  {days.map((d) => (
                    <option key={d} value={d}>
                      {tHours(`weekday.${d}`)}
                    </option>
                  ))}
                </select>
                <FieldError path={dayPath} errors={errors} />
              </label>
              {input(index, 'opensAt', row, { label: t('form.opensAt'), placeholder: '09:00' })}
              {input(index, 'closesAt', row, { label: t('form.closesAt'), placeholder: '15:00' })}
              {input(index, 'validFrom', row, { label: t('form.validFrom'), type: 'date' })}
              {input(index, 'validTo', row, { label: t('form.validTo'), type: 'date' })}
              {existing ? (
                <label className="flex items-end gap-2 pb-1 text-sm">
                  <input type="checkbox" name={inputName(`openingHours.${index}.remove`)} value="on" className="h-4 w-4" />
                  {t('form.removeRow', { row: index + 1 })}
                </label>
              ) : (
                <span />
              )}
              <WindowChoices group="openingHours" index={index} values={values} errors={errors} />
            </div>
          );
        }}
      </RowsEditor>
    </fieldset>
  );
}
