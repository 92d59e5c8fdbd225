'use server';
// "Be om å bli kontaktet": open to anonymous visitors by design, like "Meld feil", and guarded
// the same way (signed form token, honeypot, rate limits: lib/public-forms). The details are
// sealed before they are stored and mailed by a job; nothing of them is logged here.
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getAuthSettings } from '@/lib/auth';
import { contactRequestKey } from '@/lib/contact-requests/seal';
import { submitContactRequest } from '@/lib/contact-requests/submit';
import { getPrisma } from '@/lib/db';
import { env } from '@/lib/env';
import { clientIp } from '@/lib/http/client-ip';
import { redirect } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { CONTACT_REQUEST_DELIVERY } from '@/lib/jobs/registry';
import { enqueueJob } from '@/lib/jobs/schedule';
import { tokenToKeep } from '@/lib/public-forms/form-token';
import { formAction } from './safe-action';
import type { FormState } from './state';

/** The form token to send next time travels with the state. */
export type ContactRequestState = FormState<{ token?: string }>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const submitContactRequestAction = formAction(
  { access: { anonymous: 'signed form token, honeypot and rate limits (lib/public-forms)' }, bound: [z.string().max(100)] },
  async ({ bound: [measureId], values }): Promise<ContactRequestState> => {
    const { secret } = getAuthSettings();
    const locale = toLocale(await getLocale());
    const result = await submitContactRequest(
      getPrisma(),
      { measureId, values, clientAddress: clientIp(await headers()) },
      { secret, key: contactRequestKey(env) },
    );
    if (result.status === 'stored') {
      // Stored first: a queue that is down now loses nothing but time (the request waits for retention).
      await enqueueJob(CONTACT_REQUEST_DELIVERY, { id: result.id }).catch(() => {
        console.warn(`[contact-requests] Request ${result.id} stored, but its delivery could not be queued.`);
      });
    }
    if (result.status === 'stored' || result.status === 'discarded') {
      return redirect({ href: { pathname: '/tiltak/[slug]/kontakt-meg', params: { slug: result.slug }, query: { sendt: '1' } }, locale });
    }
    // What was typed comes back (consent too), never more than the form's fields.
    const kept = { name: text(values.name), contact: text(values.contact), when: text(values.when), message: text(values.message), consent: text(values.consent) };
    const token = tokenToKeep(secret, 'contact-request', measureId, values.token);
    switch (result.status) {
      case 'invalid':
        return { status: 'error', fieldErrors: result.fieldErrors, values: kept, token };
      case 'rateLimited':
        return { status: 'error', formError: 'rateLimited', errorValues: { minutes: result.minutes }, values: kept, token };
      case 'expired':
        return { status: 'error', formError: 'expired', values: kept, token };
      default:
        return { status: 'error', formError: 'notFound', values: kept, token };
    }
  },
);
