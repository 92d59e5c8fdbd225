'use client';
// The "Meld feil" form. A plain POST to the server action without JavaScript; with it,
// useActionState keeps the page and moves focus to the error summary. The same field kit
// and error summary as every other form, with the visitors' own messages (ErrorReport.errors).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton, TextField } from '@/components/forms/fields';
import { HoneypotField } from '@/components/forms/honeypot-field';
import type { ErrorReportState } from '@/lib/actions/error-reports';
import { idleState } from '@/lib/actions/state';
import { CONTACT_MAX, MESSAGE_MAX, MESSAGE_MIN } from '@/lib/validation/error-report';

type Action = (state: ErrorReportState, formData: FormData) => Promise<ErrorReportState>;

/** `facts`: what the report is about when the page's "we are missing" note opened the form. */
export function ErrorReportForm({ action, token, facts = [] }: { action: Action; token: string; facts?: readonly string[] }) {
  const t = useTranslations('ErrorReport');
  const [state, formAction, pending] = useActionState<ErrorReportState, FormData>(action, idleState);
  const limits = { min: MESSAGE_MIN, max: MESSAGE_MAX };
  // {min} and {max} for the message's limits (the contact fields only have a maximum).
  const messageText = (key: string) => t(`errors.${key}` as 'errors.invalid', { ...limits, minutes: 1, ...state.errorValues });
  const contactText = (key: string) => t(`errors.${key}` as 'errors.invalid', { min: 0, max: CONTACT_MAX });
  const labels: Record<string, string> = { message: t('message'), contactName: t('contactName'), contact: t('contact') };
  const form = { values: state.values, errors: state.fieldErrors };

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6" aria-busy={pending || undefined}>
      <ErrorSummary
        state={state}
        label={(path) => labels[path] ?? path}
        errorText={(key, path) => (path === undefined || path === 'message' ? messageText(key) : contactText(key))}
        title={(count) => t('errors.summaryTitle', { count })}
      />
      <input type="hidden" name="token" value={state.token ?? token} />
      {facts.length > 0 && <input type="hidden" name="facts" value={facts.join(',')} />}
      <TextField path="message" label={labels.message!} hint={t('messageHint', limits)} rows={7} maxLength={MESSAGE_MAX} {...form} errorText={messageText} required />
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">{t('contactLegend')}</legend>
        <p className="text-sm text-muted">{t('contactHint')}</p>
        <TextField path="contactName" label={labels.contactName!} autoComplete="name" maxLength={CONTACT_MAX} {...form} errorText={contactText} />
        <TextField path="contact" label={labels.contact!} maxLength={CONTACT_MAX} {...form} errorText={contactText} />
      </fieldset>
      <HoneypotField label={t('honeypot')} />
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending}>{pending ? t('sending') : t('submit')}</SubmitButton>
        <p aria-live="polite" className="text-sm">
          {pending ? t('sending') : ''}
        </p>
      </div>
    </form>
  );
}
