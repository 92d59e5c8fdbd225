'use server';
import { z } from 'zod';
import { approveChangeRequest, rejectChangeRequest } from '@/lib/services/change-requests';
import { EDITORS } from '@/lib/services/types';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { optionalText } from '@/lib/validation/fields';
import { redirectToAdmin } from './navigation';
import { postAction } from './safe-action';

const PATH = '/admin/endringer';
const requestId = z.uuid();

/** Approve as proposed; `version` (the current one) approves over newer changes knowingly. */
export const approveChangeRequestAction = postAction(
  {
    access: { roles: EDITORS },
    bound: [requestId],
    input: z.object({ version: z.coerce.number().int().positive().optional() }),
    invalid: () => redirectToAdmin(PATH, { problem: 'invalid' }),
  },
  async ({ actor, bound: [id], input }) => {
    const result = await approveChangeRequest(getPrisma(), actor, id, input);
    if (!result.ok) return redirectToAdmin(PATH, { problem: result.error === 'conflict' ? 'conflict' : result.error === 'invalid' ? 'alreadyReviewed' : 'notFound', request: id });
    publicDataChanged(CacheTag.measures);
    return redirectToAdmin(PATH, { saved: 'approved' });
  },
);

export const rejectChangeRequestAction = postAction(
  {
    access: { roles: EDITORS },
    bound: [requestId],
    input: z.object({ note: optionalText(1000) }),
    invalid: (_errors, { bound: [id] }) => redirectToAdmin(PATH, { problem: 'invalid', request: id }),
  },
  async ({ actor, bound: [id], input }) => {
    const result = await rejectChangeRequest(getPrisma(), actor, id, input);
    if (!result.ok) return redirectToAdmin(PATH, { problem: result.error === 'invalid' ? 'alreadyReviewed' : 'notFound', request: id });
    return redirectToAdmin(PATH, { saved: 'rejected' });
  },
);
