'use server';
// Editors marking visitors' error reports handled, or open again. Plain form posts (they
// work without JavaScript); the outcome travels back in the URL (?done=…).
import { setErrorReportHandled } from '@/lib/admin/error-reports';
import { EDITORS } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { getPrisma } from '@/lib/db';
import { redirectToAdmin } from './navigation';

async function setHandled(id: string, handled: boolean, formData: FormData): Promise<never> {
  const actor = await requireActor(EDITORS);
  const result = await setErrorReportHandled(getPrisma(), actor, id, handled);
  // Back to the list the button was on, keeping its page.
  const view = formData.get('view') === 'handled' ? 'handled' : 'open';
  const page = String(formData.get('page') ?? '');
  return redirectToAdmin('/admin/meldinger', {
    ...(view === 'handled' ? { vis: 'behandlet' } : {}),
    ...(/^\d{1,4}$/.test(page) && page !== '1' ? { page } : {}),
    done: result.ok ? (handled ? 'handled' : 'reopened') : 'notFound',
  });
}

export async function markErrorReportHandledAction(id: string, formData: FormData): Promise<void> {
  await requireActor(EDITORS);
  await setHandled(id, true, formData);
}

export async function reopenErrorReportAction(id: string, formData: FormData): Promise<void> {
  await requireActor(EDITORS);
  await setHandled(id, false, formData);
}
