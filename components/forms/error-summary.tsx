'use client';
// The list of what went wrong, at the top of every form, public and admin. It takes focus
// when a submission comes back with errors, so screen-reader and keyboard users land on it;
// each item links to its field.
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/state';
import { useErrorText, type ErrorText } from './error-text';
import { inputId } from './values';

export function ErrorSummary({
  state,
  label,
  errorText,
  title,
}: {
  /** A new object for every submission, so the summary takes focus after each failed one. */
  state: FormState;
  /** A field path's label, shown before its message. */
  label: (path: string) => string;
  /** For forms with messages of their own (the public error report). */
  errorText?: ErrorText;
  title?: (count: number) => string;
}) {
  const t = useTranslations('Forms.errors');
  const formsText = useErrorText(state.errorValues);
  const text = errorText ?? formsText;
  const items: { field?: string; message: string }[] = [
    ...(state.formError ? [{ message: text(state.formError) }] : []),
    ...Object.entries(state.fieldErrors ?? {})
      .filter(([, keys]) => keys.length > 0)
      .map(([path, keys]) => {
        const message = keys.map((key) => text(key, path)).join(' ');
        return path.startsWith('_') ? { message } : { field: inputId(path), message: `${label(path)}: ${message}` };
      }),
  ];
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [state, items.length]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 rounded border-2 border-red-800 p-4">
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">
        {title ? title(items.length) : t('summaryTitle', { count: items.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={`${item.field ?? 'form'}-${item.message}`}>
            {item.field ? <a href={`#${item.field}`}>{item.message}</a> : item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
