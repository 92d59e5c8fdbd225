'use client';
// Repeating rows (hours, exceptions, places). Existing rows, then spare blank rows that
// are ignored when left empty. "Add more rows" is a real submit button, so without
// JavaScript the server sends the form back with more spare rows and nothing typed lost;
// with JavaScript it just adds them here.
import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { RowGroup } from '@/lib/actions/state';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { FieldError } from '@/components/forms/fields';
import { inputId, rowsAt } from '@/components/forms/values';

export const SPARE_ROWS = 3;

export function RowsEditor({
  group,
  values,
  errors,
  extra = 0,
  spare = SPARE_ROWS,
  children,
}: {
  group: RowGroup;
  values?: FormValues;
  errors?: FieldErrors;
  extra?: number;
  spare?: number;
  children: (row: { index: number; values: FormValues; existing: boolean }) => ReactNode;
}) {
  const t = useTranslations('AdminEdit');
  const rows = rowsAt(values, group);
  const [added, setAdded] = useState(0);
  const total = rows.length + spare + extra + added;
  return (
    <div id={inputId(group)} tabIndex={-1} className="space-y-3">
      <FieldError path={group} errors={errors} />
      {Array.from({ length: total }, (_, index) => children({ index, values: rows[index] ?? {}, existing: index < rows.length }))}
      <button
        type="submit"
        name="intent"
        value={`more:${group}`}
        formNoValidate
        onClick={(e) => {
          e.preventDefault();
          setAdded((n) => n + SPARE_ROWS);
        }}
        className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50"
      >
        {t('form.moreRows')}
      </button>
    </div>
  );
}
