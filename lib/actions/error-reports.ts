'use server';
// "Meld feil": the one server action anonymous visitors use on the public site. Open to
// anyone by design; it is guarded by a signed form token, a honeypot field and rate limits
// instead (lib/error-reports), which submitErrorReport checks with the zod schema.
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getAuthSettings } from '@/lib/auth';
import { getPrisma } from '@/lib/db';
import { submitErrorReport } from '@/lib/error-reports/submit';
import { tokenToKeep } from '@/lib/public-forms/form-token';
import { clientIp } from '@/lib/http/client-ip';
import { redirect } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { formAction } from './safe-action';
import type { FormState } from './state';

/** The form token to send next time travels with the state (a fresh one once the old one fails). */
export type ErrorReportState = FormState<{ token?: string }>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const submitErrorReportAction = formAction(
  { access: { anonymous: 'signed form token, honeypot and rate limits (lib/public-forms)' }, bound: [z.string().max(100)] },
  async ({ bound: [measureId], values }): Promise<ErrorReportState> => {
    const { secret } = getAuthSettings();
    const locale = toLocale(await getLocale());
    const result = await submitErrorReport(
      getPrisma(),
      { measureId, values, locale, clientAddress: clientIp(await headers()) },
      { secret },
    );
    if (result.status === 'stored' || result.status === 'discarded') {
      return redirect({ href: { pathname: '/tiltak/[slug]/meld-feil', params: { slug: result.slug }, query: { sendt: '1' } }, locale });
    }
    const kept = { message: text(values.message), contactName: text(values.contactName), contact: text(values.contact) };
    const token = tokenToKeep(secret, 'error-report', measureId, values.token);
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
