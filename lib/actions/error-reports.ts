'use server';
// "Meld feil": the one server action anonymous visitors use on the public site. Public by
// design (on the allow-list in tests/integration/auth-admin-actions.test.ts); it is guarded
// by a signed form token, a honeypot field and rate limits instead (lib/error-reports).
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { boundFormActionArgs, checkActionArgs } from '@/lib/actions/args';
import { getAuthSettings } from '@/lib/auth';
import { getPrisma } from '@/lib/db';
import type { ErrorReportFormState } from '@/lib/error-reports/form-state';
import { checkFormToken, issueFormToken } from '@/lib/error-reports/form-token';
import { submitErrorReport } from '@/lib/error-reports/submit';
import { clientIp } from '@/lib/http/client-ip';
import { redirect } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { formDataToObject } from '@/lib/validation/form-data';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function submitErrorReportAction(
  measureId: string,
  _previous: ErrorReportFormState,
  formData: FormData,
): Promise<ErrorReportFormState> {
  checkActionArgs(boundFormActionArgs, [measureId, _previous, formData]);
  const values = formDataToObject(formData);
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
  // The same token while it is still valid (its age keeps counting, so a quick correction
  // is not taken for a bot); a fresh one once it has expired or does not fit.
  const check = checkFormToken(secret, measureId, values.token);
  const token = check === 'ok' || check === 'tooFast' ? text(values.token) : issueFormToken(secret, measureId);
  switch (result.status) {
    case 'invalid':
      return { status: 'error', fieldErrors: result.fieldErrors, values: kept, token };
    case 'rateLimited':
      return { status: 'error', formError: 'rateLimited', minutes: result.minutes, values: kept, token };
    case 'expired':
      return { status: 'error', formError: 'expired', values: kept, token };
    default:
      return { status: 'error', formError: 'notFound', values: kept, token };
  }
}
