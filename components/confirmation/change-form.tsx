'use client';
// "Endre" from a confirmation link: the facts people filter and act on, prefilled, with the
// missing ones marked. A plain POST without JavaScript; with it, errors come back in place.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { CheckboxGroup, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { idleState, type FormState } from '@/lib/actions/state';
import type { FormValues } from '@/lib/validation/form-data';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface ChangeFormOptions {
  genders: { value: string; label: string }[];
  districts: { value: string; label: string }[];
}

export function ChangeForm({ action, initial, missing, options }: { action: Action; initial: FormValues; missing: string[]; options: ChangeFormOptions }) {
  const t = useTranslations('Confirmation');
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, idleState);
  const values = state.values ?? initial;
  const form = { values, errors: state.fieldErrors };
  const label = (field: string) => t(`fields.${field}` as 'fields.summary');
  const hint = (field: string) => (missing.includes(field) ? t('missing') : undefined);
  const triState = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  const tri = (field: string) => <SelectField path={field} label={label(field)} hint={hint(field)} options={triState} emptyLabel={t('unknown')} {...form} />;
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5" aria-busy={pending || undefined}>
      <ErrorSummary state={state} label={(path) => (path === 'note' ? t('note') : label(path))} />
      <input type="hidden" name="version" value={String(initial.version ?? '')} />
      <TextField path="summary" label={label('summary')} rows={3} {...form} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField path="ageMin" label={label('ageMin')} hint={hint('ageMin')} inputMode="numeric" {...form} />
        <TextField path="ageMax" label={label('ageMax')} hint={hint('ageMax')} inputMode="numeric" {...form} />
      </div>
      <SelectField path="gender" label={label('gender')} hint={hint('gender')} options={options.genders} emptyLabel={t('notSet')} {...form} />
      {tri('citywide')}
      <CheckboxGroup path="districts" label={label('districts')} hint={hint('districts')} options={options.districts} columns {...form} />
      {tri('referralRequired')}
      {tri('dropIn')}
      {tri('freeOfCharge')}
      <TextField path="howToStart" label={label('howToStart')} hint={hint('howToStart')} rows={4} {...form} />
      <TextField path="contactPhone" label={label('contactPhone')} hint={hint('contactPhone')} autoComplete="off" {...form} />
      <TextField path="contactEmail" label={label('contactEmail')} hint={hint('contactEmail')} type="email" autoComplete="off" {...form} />
      <TextField path="note" label={t('note')} rows={4} {...form} />
      <SubmitButton pending={pending}>{t('send')}</SubmitButton>
    </form>
  );
}
