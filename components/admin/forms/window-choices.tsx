'use client';
import { useTranslations } from 'next-intl';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { Checkbox } from '@/components/forms/fields';
import { errorsAt, textAt } from '@/components/forms/values';

/**
 * A window's "ends the next day" tick, and the confirmation of one over 16 hours. The
 * confirmation shows once the server has asked for it (or it was given before), so the
 * form works the same without JavaScript.
 */
export function WindowChoices({ group, index, values, errors }: { group: 'openingHours' | 'exceptions'; index: number; values?: FormValues; errors?: FieldErrors }) {
  const t = useTranslations('AdminEdit');
  const path = (field: string) => `${group}.${index}.${field}`;
  const askConfirm = errorsAt(errors, path('confirmLong')).length > 0 || textAt(values, path('confirmLong')) !== '';
  return (
    <div className="col-span-full flex flex-wrap gap-x-6 gap-y-1 text-sm">
      <Checkbox path={path('overnight')} label={t('form.overnight')} values={values} errors={errors} />
      {askConfirm && <Checkbox path={path('confirmLong')} label={t('form.confirmLong')} values={values} errors={errors} />}
    </div>
  );
}
