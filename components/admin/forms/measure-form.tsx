'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Checkbox, CheckboxGroup, Section, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { idleState, type EditState } from '@/lib/actions/state';
import { ContentCategory, District, Gender, HoursStatus, MeasureKind, SobrietyRule, TargetGroup } from '@/lib/generated/prisma/enums';
import type { FormValues } from '@/lib/validation/form-data';
import { TRANSLATED_TEXTS, type TranslatedText } from '@/lib/i18n/content';
import { MEASURE_BOOLEAN_FIELDS } from '@/lib/validation/measure';
import { ConflictNotice } from '../editing/conflict-notice';
import { ExceptionsEditor } from './exceptions-editor';
import { fieldLabel } from './field-label';
import { HoursEditor } from './hours-editor';
import { LocationsEditor } from './locations-editor';
import { TranslationSections } from './translation-sections';
import { TriStateField } from './tri-state-field';

type Action = (state: EditState, formData: FormData) => Promise<EditState>;

// As tall as the Bokmål fields they translate.
const TRANSLATION_ROWS: Partial<Record<TranslatedText, number>> = { summary: 2, description: 6, howToStart: 3 };

/**
 * Every field of a measure. Posts to its server action with or without JavaScript; on a
 * failed save it shows what was sent, the errors, and on a conflict what changed.
 */
export function MeasureForm({
  action,
  initial,
  providers,
  isProvider = false,
}: {
  action: Action;
  initial: FormValues;
  providers: { id: string; name: string }[];
  isProvider?: boolean;
}) {
  const t = useTranslations('AdminEdit');
  const tEnum = useTranslations('Enums');
  const [state, formAction, pending] = useActionState<EditState, FormData>(action, idleState);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const version = state.conflict?.currentVersion ?? (typeof values.version === 'string' ? values.version : undefined);
  const f = (path: string) => ({ path, label: t(`fields.${path}` as 'fields.name'), values, errors });
  const enumOptions = <E extends string>(all: Record<string, E>, group: string) =>
    Object.values(all).map((v) => ({ value: v, label: tEnum(`${group}.${v}` as 'Gender.ALL') }));
  const providerNames = Object.fromEntries(providers.map((p) => [p.id, p.name]));
  // The dashboard links to a missing fact's field (#f-ageMin). The browser scrolls there by
  // itself; this also puts the cursor in it (the first control of a group like #f-districts).
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }, []);

  return (
    <form action={formAction} noValidate className="space-y-6" aria-busy={pending || undefined}>
      <ErrorSummary state={state} label={(path) => fieldLabel(t, path)} />
      {state.conflict && <ConflictNotice conflict={state.conflict} names={providerNames} />}
      {isProvider && <p className="rounded bg-brand-50 p-3">{t('form.providerNote')}</p>}
      {version && <input type="hidden" name="version" value={version} />}

      <Section id="basics" title={t('form.basics')}>
        <TextField {...f('name')} required />
        <TextField {...f('slug')} hint={t('fields.slugHint')} />
        <TextField {...f('summary')} rows={2} required />
        <TextField {...f('description')} rows={6} />
        <SelectField {...f('providerId')} required emptyLabel={providers.length > 1 ? t('form.chooseOption') : undefined} options={providers.map((p) => ({ value: p.id, label: p.name }))} />
        <SelectField {...f('kind')} required emptyLabel={t('form.chooseOption')} options={enumOptions(MeasureKind, 'MeasureKind')} />
        <TextField {...f('howToStart')} rows={3} />
        <Checkbox {...f('planned')} hint={t('fields.plannedHint')} />
      </Section>

      <TranslationSections texts={TRANSLATED_TEXTS} rows={TRANSLATION_ROWS} field={f} />

      <Section id="audience" title={t('form.audience')}>
        <CheckboxGroup {...f('categories')} options={enumOptions(ContentCategory, 'ContentCategory')} columns />
        <CheckboxGroup {...f('targetGroups')} options={enumOptions(TargetGroup, 'TargetGroup')} />
        <CheckboxGroup {...f('districts')} options={enumOptions(District, 'District')} columns />
        <TriStateField {...f('citywide')} hint={t('form.triStateHint')} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...f('ageMin')} inputMode="numeric" />
          <TextField {...f('ageMax')} inputMode="numeric" />
          <SelectField {...f('gender')} emptyLabel={t('form.unknownOption')} options={enumOptions(Gender, 'Gender')} />
        </div>
      </Section>

      <Section id="entry" title={t('form.entry')}>
        <p className="text-sm text-muted">{t('form.triStateHint')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {MEASURE_BOOLEAN_FIELDS.filter((b) => b !== 'citywide').map((b) => (
            <TriStateField key={b} {...f(b)} />
          ))}
        </div>
        <TextField {...f('referralFrom')} />
        <SelectField {...f('sobrietyRule')} emptyLabel={t('form.unknownOption')} options={enumOptions(SobrietyRule, 'SobrietyRule')} />
        <TextField {...f('priceText')} />
      </Section>

      <Section id="contact" title={t('form.contact')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...f('contactName')} />
          <TextField {...f('contactPhone')} type="tel" />
          <TextField {...f('contactEmail')} type="email" />
          <TextField {...f('website')} type="url" placeholder="https://" />
        </div>
        <TextField {...f('updatesEmail')} type="email" hint={t('fields.updatesEmailHint')} />
        <Checkbox {...f('acceptsContactRequests')} hint={t('fields.acceptsContactRequestsHint')} />
      </Section>

      <Section id="hours" title={t('form.hours')}>
        <SelectField {...f('hoursStatus')} options={Object.values(HoursStatus).map((s) => ({ value: s, label: t(`enums.HoursStatus.${s}`) }))} />
        <Checkbox {...f('hoursPlaceholder')} />
        <HoursEditor values={values} errors={errors} extra={state.extraRows?.openingHours} />
        <ExceptionsEditor values={values} errors={errors} extra={state.extraRows?.exceptions} />
      </Section>

      <Section id="places" title={t('form.places')}>
        <LocationsEditor values={values} errors={errors} extra={state.extraRows?.locations} />
      </Section>

      <Section id="source" title={t('form.source')}>
        <TextField {...f('sourceNote')} rows={3} />
      </Section>

      <div className="flex items-center gap-4">
        <SubmitButton pending={pending}>{pending ? t('common.saving') : t('common.save')}</SubmitButton>
        <p aria-live="polite" className="text-sm">{pending ? t('common.saving') : ''}</p>
      </div>
    </form>
  );
}
