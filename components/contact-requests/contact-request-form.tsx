'use client';
// "Be om å bli kontaktet": a plain POST to the server action without JavaScript; with it,
// useActionState keeps the page and moves focus to the error summary. The shared field kit
// and error summary, with the form's own messages (ContactRequest.errors).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Checkbox, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { HoneypotField } from '@/components/forms/honeypot-field';
import type { ContactRequestState } from '@/lib/actions/contact-requests';
import { idleState } from '@/lib/actions/state';
import { CONTACT_MAX, CONTACT_TIMES, FIELD_MAX, MESSAGE_MAX, NAME_MAX } from '@/lib/validation/contact-request';

type Action = (state: ContactRequestState, formData: FormData) => Promise<ContactRequestState>;

/** `retentionDays`: how long an undelivered request is kept at most, said in the statement on the data. */
export function ContactRequestForm({ action, token, retentionDays }: { action: Action; token: string; retentionDays: number }) {
  const t = useTranslations('ContactRequest');
  const [state, formAction, pending] = useActionState<ContactRequestState, FormData>(action, idleState);
  const errorText = (key: string, path?: string) =>
    t(`errors.${key}` as 'errors.invalid', { max: (path && FIELD_MAX[path]) || 0, minutes: 1, ...state.errorValues });
  const labels: Record<string, string> = { name: t('name'), contact: t('contact'), when: t('when'), message: t('message'), consent: t('consent') };
  const form = { values: state.values, errors: state.fieldErrors, errorText };

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6" aria-busy={pending || undefined}>
      <ErrorSummary
        state={state}
        label={(path) => labels[path] ?? path}
        errorText={errorText}
        title={(count) => t('errors.summaryTitle', { count })}
      />
      <input type="hidden" name="token" value={state.token ?? token} />
      <TextField path="name" label={labels.name!} hint={t('nameHint')} autoComplete="nickname" maxLength={NAME_MAX} required {...form} />
      <TextField path="contact" label={labels.contact!} hint={t('contactHint')} autoComplete="tel" maxLength={CONTACT_MAX} required {...form} />
      <SelectField path="when" label={labels.when!} options={CONTACT_TIMES.map((value) => ({ value, label: t(`times.${value}`) }))} {...form} />
      <TextField path="message" label={labels.message!} hint={t('messageHint', { max: MESSAGE_MAX })} rows={4} maxLength={MESSAGE_MAX} {...form} />
      <section aria-labelledby="privacy-heading" className="space-y-2 rounded border border-gray-300 p-4">
        <h2 id="privacy-heading" className="text-lg font-bold">{t('privacyTitle')}</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('privacySent')}</li>
          <li>{t('privacyDeleted', { days: retentionDays })}</li>
          <li>{t('privacyNobody')}</li>
        </ul>
      </section>
      <Checkbox path="consent" label={labels.consent!} {...form} />
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
