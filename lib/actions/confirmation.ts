'use server';
// Confirmation requests: editors ask by hand (one measure or a selection), and a provider's
// contact answers from the link in the mail. The answers are open to anyone by design: the
// signed, single-use, expiring link is the key, and the link pages are rate-limited.
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getAuthSettings } from '@/lib/auth';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { hitLinkLimit } from '@/lib/confirmation/rate-limit';
import { getPrisma } from '@/lib/db';
import { clientIp } from '@/lib/http/client-ip';
import { redirect } from '@/lib/i18n/navigation';
import { toLocale } from '@/lib/i18n/routing';
import { queueMail } from '@/lib/jobs/confirmation';
import { enqueueJob } from '@/lib/jobs/schedule';
import { confirmFromLink, proposeFromLink } from '@/lib/services/confirmation';
import { requestConfirmationByEditor } from '@/lib/services/confirmation-requests';
import { EDITORS } from '@/lib/services/types';
import { confirmationSendSchema, confirmationConfirmSchema } from '@/lib/validation/confirmation';
import { redirectToAdmin } from './navigation';
import { formAction, postAction } from './safe-action';
import type { FormState } from './state';

const token = z.string().min(1).max(200);
const LINK_ACCESS = { anonymous: 'the signed, single-use, expiring link from the mail is the key; the link pages are rate-limited' };

async function linkPage(value: string, query: Record<string, string> = {}): Promise<never> {
  return redirect({ locale: toLocale(await getLocale()), href: { pathname: '/bekreft/[token]', params: { token: value }, query } });
}

/** Too many tries from this client: back to the page, which says how long to wait. */
async function limited(): Promise<boolean> {
  return (await hitLinkLimit(getPrisma(), getAuthSettings().secret, clientIp(await headers()))) !== null;
}

/** "Alt stemmer": the ticked measures are confirmed today. */
export const confirmFromLinkAction = postAction(
  { access: LINK_ACCESS, bound: [token], input: confirmationConfirmSchema, invalid: async (_e, { bound: [value] }) => linkPage(value, { fel: 'noneChosen' }) },
  async ({ bound: [value], input }) => {
    if (await limited()) return linkPage(value);
    const result = await confirmFromLink(getPrisma(), getAuthSettings().secret, value, input.measureIds);
    if (!result.ok) return linkPage(value);
    publicDataChanged(CacheTag.measures);
    return linkPage(value, { svar: 'bekreftet' });
  },
);

/** "Endre": a proposal for the editors' change-request queue. */
export const proposeFromLinkAction = formAction(
  { access: LINK_ACCESS, bound: [token, z.uuid()] },
  async ({ bound: [value, measureId], values }): Promise<FormState> => {
    if (await limited()) return linkPage(value);
    const result = await proposeFromLink(getPrisma(), getAuthSettings().secret, value, measureId, values);
    if (result.ok) return linkPage(value, { svar: 'endret', igjen: String(result.value.remaining) });
    if (result.problem === 'fields') return { status: 'error', fieldErrors: result.fieldErrors, values };
    return linkPage(value);
  },
);

/** An editor asks the measures' contacts now: one mail per contact. */
export const requestConfirmationAction = postAction(
  {
    access: { roles: EDITORS },
    input: confirmationSendSchema.extend({ back: z.string().regex(/^\/admin(\/tiltak(\/[0-9a-f-]{36})?)?$/).catch('/admin/tiltak') }),
    invalid: async () => redirectToAdmin('/admin/tiltak', { problem: 'noneChosen' }),
  },
  async ({ actor, input }) => {
    const result = await requestConfirmationByEditor(getPrisma(), actor, input.measureIds);
    if (!result.ok) return redirectToAdmin(input.back, { problem: 'forbidden' });
    for (const requestId of result.value.requestIds) await queueMail(enqueueJob, { requestId });
    return redirectToAdmin(input.back, { saved: result.value.requestIds.length > 0 ? 'confirmationRequested' : 'confirmationNoContact' });
  },
);
