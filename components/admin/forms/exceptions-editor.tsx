'use client';
import { useTranslations } from 'next-intl';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { FieldError } from '@/components/forms/fields';
import { RowsEditor } from './rows';
import { errorId, errorsAt, inputId, inputName, textAt } from '@/components/forms/values';
import { WindowChoices } from './window-choices';

const cell = 'w-full rounded border border-gray-500 px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

/** Date ranges with other hours than usual: closed, or special hours, with a note. */
export function ExceptionsEditor({ values, errors, extra }: { values?: FormValues; errors?: FieldErrors; extra?: number }) {
  const t = useTranslations('AdminEdit');
  const field = (index: number, name: string, row: FormValues, label: string, type = 'text', className = '') => {
    const path = `exceptions.${index}.${name}`;
    const invalid = errorsAt(errors, path).length > 0;
    return (
      <label className={`block text-sm ${className}`}>
        <span className="font-semibold">{label}</span>
        <input
          id={inputId(path)}
          name={inputName(path)}
          type={type}
          defaultValue={textAt(row, name)}
          placeholder={name.endsWith('At') ? '10:00' : undefined}
          inputMode={name.endsWith('At') ? 'numeric' : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId(path) : undefined}
          className={cell}
        />
        <FieldError path={path} errors={errors} />
      </label>
    );
  };
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{t('fields.exceptions')}</legend>
      <RowsEditor group="exceptions" values={values} errors={errors} extra={extra} spare={1}>
        {({ index, values: row, existing }) => {
          const closed = textAt(row, 'closed');
          return (
            <div key={index} role="group" aria-label={t('form.exception', { row: index + 1 })} className="grid grid-cols-2 gap-2 rounded border border-gray-200 p-2 sm:grid-cols-6">
              {field(index, 'startDate', row, t('form.startDate'), 'date')}
              {field(index, 'endDate', row, t('form.endDate'), 'date')}
              <label className="flex items-end gap-2 pb-1 text-sm">
                <input type="checkbox" id={inputId(`exceptions.${index}.closed`)} name={inputName(`exceptions.${index}.closed`)} value="on" defaultChecked={closed !== '' && closed !== 'false'} className="h-4 w-4" />
                {t('form.closed')}
              </label>
              {field(index, 'opensAt', row, t('form.opensAt'))}
              {field(index, 'closesAt', row, t('form.closesAt'))}
              {existing ? (
                <label className="flex items-end gap-2 pb-1 text-sm">
                  <input type="checkbox" name={inputName(`exceptions.${index}.remove`)} value="on" className="h-4 w-4" />
                  {t('form.removeRow', { row: index + 1 })}
                </label>
              ) : (
                <span />
              )}
              {field(index, 'note', row, t('form.note'), 'text', 'col-span-2 sm:col-span-6')}
              <WindowChoices group="exceptions" index={index} values={values} errors={errors} />
            </div>
          );
        }}
      </RowsEditor>
    </fieldset>
  );
}
