'use client';
import { useTranslations } from 'next-intl';
import { ErrorSummary as Summary } from '@/components/admin/error-summary';
import type { FieldErrors } from '@/lib/validation/form-data';
import { errorText, fieldLabel } from './error-text';
import { inputId } from './values';

/** The admin area's error summary, fed from a failed save's field errors and form error. */
export function ErrorSummary({ fieldErrors, formError, stamp }: { fieldErrors: FieldErrors; formError?: string; stamp: unknown }) {
  const t = useTranslations('AdminEdit');
  const items = [
    ...(formError ? [{ message: errorText(t, formError) }] : []),
    ...Object.entries(fieldErrors)
      .filter(([, keys]) => keys.length > 0)
      .map(([path, keys]) => {
        const message = keys.map((k) => errorText(t, k)).join(' ');
        return path.startsWith('_') ? { message } : { field: inputId(path), message: `${fieldLabel(t, path)}: ${message}` };
      }),
  ];
  return <Summary title={t('errors.summaryTitle', { count: items.length })} items={items} token={stamp} />;
}
