'use client';
// Translates a form state's error keys, for the summary and for each field.
import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/auth/form-state';
import type { SummaryItem } from './error-summary';

export function useFormErrors<Field extends string>(state: FormState<Field>, order: readonly Field[]) {
  // The values each key needs travel with the state (errorValues), so a looser signature.
  const t = useTranslations('Admin.errors') as unknown as (key: string, values?: Record<string, string | number>) => string;
  const field = (name: Field) => {
    const key = state.fieldErrors?.[name];
    return key ? t(key, state.errorValues) : undefined;
  };
  const items: SummaryItem[] = [];
  if (state.error) items.push({ message: t(state.error, state.errorValues) });
  for (const name of order) {
    const message = field(name);
    if (message) items.push({ field: name, message });
  }
  return { field, items, title: t('summaryTitle') };
}
