'use server';
import { z } from 'zod';
import { approveChangeRequest, rejectChangeRequest } from '@/lib/admin/change-requests';
import { EDITORS } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { revalidatePublicPages } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { optionalText } from '@/lib/validation/fields';
import { formDataToObject } from '@/lib/validation/form-data';
import { redirectToAdmin } from './navigation';

const PATH = '/admin/endringer';

/** Approve as proposed; `version` (the current one) approves over newer changes knowingly. */
export async function approveChangeRequestAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(EDITORS);
  const parsed = z.object({ version: z.coerce.number().int().positive().optional() }).safeParse(formDataToObject(formData));
  if (!parsed.success) return redirectToAdmin(PATH, { problem: 'invalid' });
  const result = await approveChangeRequest(getPrisma(), actor, id, parsed.data);
  if (!result.ok) return redirectToAdmin(PATH, { problem: result.error === 'conflict' ? 'conflict' : result.error === 'invalid' ? 'alreadyReviewed' : 'notFound', request: id });
  revalidatePublicPages();
  return redirectToAdmin(PATH, { saved: 'approved' });
}

export async function rejectChangeRequestAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(EDITORS);
  const parsed = z.object({ note: optionalText(1000) }).safeParse(formDataToObject(formData));
  if (!parsed.success) return redirectToAdmin(PATH, { problem: 'invalid', request: id });
  const result = await rejectChangeRequest(getPrisma(), actor, id, parsed.data);
  if (!result.ok) return redirectToAdmin(PATH, { problem: result.error === 'invalid' ? 'alreadyReviewed' : 'notFound', request: id });
  return redirectToAdmin(PATH, { saved: 'rejected' });
}
