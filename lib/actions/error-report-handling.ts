'use server';
// Editors marking visitors' error reports handled, or open again, or deleting one. Plain
// form posts (they work without JavaScript); the outcome travels back in the URL (?done=…).
import { z } from 'zod';
import { deleteErrorReport, isReportId, setErrorReportHandled } from '@/lib/admin/error-reports';
import { EDITORS } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { getPrisma } from '@/lib/db';
import { redirectToAdmin } from './navigation';

export type ErrorReportOutcome = 'handled' | 'reopened' | 'deleted' | 'notFound' | 'confirmDelete';

/** Back to the list the button was on, keeping its page. */
function backToList(formData: FormData, done: ErrorReportOutcome, report?: string): Promise<never> {
  const view = formData.get('view') === 'handled' ? 'handled' : 'open';
  const page = String(formData.get('page') ?? '');
  return redirectToAdmin('/admin/meldinger', {
    ...(view === 'handled' ? { vis: 'behandlet' } : {}),
    ...(/^\d{1,4}$/.test(page) && page !== '1' ? { page } : {}),
    done,
    ...(report ? { report } : {}),
  });
}

async function setHandled(id: string, handled: boolean, formData: FormData): Promise<never> {
  const actor = await requireActor(EDITORS);
  const result = await setErrorReportHandled(getPrisma(), actor, id, handled);
  return backToList(formData, result.ok ? (handled ? 'handled' : 'reopened') : 'notFound');
}

export async function markErrorReportHandledAction(id: string, formData: FormData): Promise<void> {
  await requireActor(EDITORS);
  await setHandled(id, true, formData);
}

export async function reopenErrorReportAction(id: string, formData: FormData): Promise<void> {
  await requireActor(EDITORS);
  await setHandled(id, false, formData);
}

const deleteConfirmation = z.object({ confirm: z.literal('yes') });

/** Deletes a report for good, once the editor has ticked the confirmation box. */
export async function deleteErrorReportAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(EDITORS);
  if (!deleteConfirmation.safeParse({ confirm: formData.get('confirm') }).success) {
    return backToList(formData, 'confirmDelete', isReportId(id) ? id : undefined);
  }
  const result = await deleteErrorReport(getPrisma(), actor, id);
  return backToList(formData, result.ok ? 'deleted' : 'notFound');
}
