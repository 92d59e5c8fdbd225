'use client';
// The "Meld feil" form. A plain POST to the server action without JavaScript; with it,
// useActionState keeps the page and moves focus to the error summary. Reuses the admin
// area's error summary and field frame, which hold nothing admin-specific.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, type SummaryItem } from '@/components/admin/error-summary';
import { SubmitButton, TextField } from '@/components/admin/form-controls';
import type { ErrorReportFormState } from '@/lib/error-reports/form-state';
import { HONEYPOT_FIELD } from '@/lib/error-reports/honeypot';
import { CONTACT_MAX, MESSAGE_MAX, MESSAGE_MIN, type ErrorReportField } from '@/lib/validation/error-report';

type Action = (state: ErrorReportFormState, formData: FormData) => Promise<ErrorReportFormState>;

export function ErrorReportForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations('ErrorReport');
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as ErrorReportFormState);
  const limits = { min: MESSAGE_MIN, max: MESSAGE_MAX };
  const fieldError = (field: ErrorReportField) => {
    const key = state.fieldErrors?.[field];
    return key ? t(`errors.${key}`, field === 'message' ? limits : { min: 0, max: CONTACT_MAX }) : undefined;
  };
  const labels: Record<ErrorReportField, string> = {
    message: t('message'),
    contactName: t('contactName'),
    contact: t('contact'),
  };
  const items: SummaryItem[] = [];
  if (state.formError) items.push({ message: t(`errors.${state.formError}`, { minutes: state.minutes ?? 1 }) });
  for (const field of ['message', 'contactName', 'contact'] as const) {
    const message = fieldError(field);
    if (message) items.push({ field, message: `${labels[field]}: ${message}` });
  }
  const messageError = fieldError('message');
  const messageDescribedBy = ['message-hint', messageError && 'message-error'].filter(Boolean).join(' ');

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6" aria-busy={pending || undefined}>
      <ErrorSummary title={t('errors.summaryTitle', { count: items.length })} items={items} token={state} />
      <input type="hidden" name="token" value={state.token ?? token} />
      <div className="space-y-1">
        <label htmlFor="message" className="block font-semibold">
          {labels.message}
        </label>
        <p id="message-hint" className="text-sm text-muted">
          {t('messageHint', limits)}
        </p>
        {messageError && (
          <p id="message-error" className="font-semibold text-red-800">
            {messageError}
          </p>
        )}
        <textarea
          id="message"
          name="message"
          rows={7}
          required
          maxLength={MESSAGE_MAX}
          defaultValue={state.values?.message ?? ''}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageDescribedBy}
          className={`w-full rounded border p-3 ${messageError ? 'border-2 border-red-800' : 'border-muted'}`}
        />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-bold">{t('contactLegend')}</legend>
        <p className="text-sm text-muted">{t('contactHint')}</p>
        <TextField
          id="contactName"
          label={labels.contactName}
          autoComplete="name"
          maxLength={CONTACT_MAX}
          defaultValue={state.values?.contactName ?? ''}
          error={fieldError('contactName')}
        />
        <TextField
          id="contact"
          label={labels.contact}
          maxLength={CONTACT_MAX}
          defaultValue={state.values?.contact ?? ''}
          error={fieldError('contact')}
        />
      </fieldset>
      {/* A trap for bots: hidden from sight and from assistive technology, never focused. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t('honeypot')}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending}>{pending ? t('sending') : t('submit')}</SubmitButton>
        <p aria-live="polite" className="text-sm">
          {pending ? t('sending') : ''}
        </p>
      </div>
    </form>
  );
}
