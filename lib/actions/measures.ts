'use server';
// Server actions for measures. Each: the role check first, then the shared zod schema,
// then the service (one transaction, audit inside), then the public cache, then redirect.
import { z } from 'zod';
import { createMeasure, deleteMeasure, restoreMeasureVersion, setMeasureStatus, updateMeasure, verifyMeasure } from '@/lib/admin/measures';
import { EDITORS, STAFF } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { revalidatePublicPages } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { checkbox, version } from '@/lib/validation/fields';
import { formDataToObject, toFieldErrors } from '@/lib/validation/form-data';
import { measureCreateSchema, measureFormValues, measureStatusSchema, measureUpdateSchema } from '@/lib/validation/measure';
import { redirectToAdmin } from './navigation';
import { failureState, moreRowsState, type FormState } from './state';

const measurePath = (id: string) => `/admin/tiltak/${id}`;

/** Create (id null, editors) or update (editors save, providers propose). */
export async function saveMeasureAction(id: string | null, previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(id ? STAFF : EDITORS);
  const values = measureFormValues(formData);
  const more = moreRowsState(formData.get('intent'), values, previous);
  if (more) return more;

  if (id === null) {
    const parsed = measureCreateSchema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
    const result = await createMeasure(getPrisma(), actor, parsed.data);
    if (!result.ok) return failureState(result, values);
    revalidatePublicPages();
    return redirectToAdmin(measurePath(result.value.id), { saved: 'created' });
  }

  const parsed = measureUpdateSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
  const result = await updateMeasure(getPrisma(), actor, id, parsed.data);
  if (!result.ok) return failureState(result, values);
  if (result.value.kind === 'proposed') return redirectToAdmin(measurePath(id), { saved: 'proposed' });
  revalidatePublicPages();
  return redirectToAdmin(measurePath(id), { saved: 'updated' });
}

// The small forms below (buttons on the edit page) report problems through the URL, so
// they work as plain posts without any client code. Keys are under AdminEdit.errors.
const PROBLEM: Record<string, string> = { conflict: 'stale', not_found: 'notFound', forbidden: 'forbidden', invalid: 'transition' };

async function finish(result: { ok: boolean; error?: string }, done: string, path: string): Promise<never> {
  if (result.ok) {
    revalidatePublicPages();
    return redirectToAdmin(path, { saved: done });
  }
  return redirectToAdmin(path, { problem: PROBLEM[result.error ?? ''] ?? 'invalid' });
}

export async function setMeasureStatusAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(EDITORS);
  const parsed = measureStatusSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return redirectToAdmin(measurePath(id), { problem: 'stale' });
  const result = await setMeasureStatus(getPrisma(), actor, id, parsed.data);
  return finish(result, `status-${parsed.data.status.toLowerCase()}`, measurePath(id));
}

export async function verifyMeasureAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(EDITORS);
  const parsed = z.object({ version }).safeParse(formDataToObject(formData));
  if (!parsed.success) return redirectToAdmin(measurePath(id), { problem: 'stale' });
  const result = await verifyMeasure(getPrisma(), actor, id, parsed.data);
  return finish(result, 'verified', measurePath(id));
}

export async function deleteMeasureAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(['admin']);
  const parsed = z.object({ version, confirm: checkbox }).safeParse(formDataToObject(formData));
  if (!parsed.success) return redirectToAdmin(measurePath(id), { problem: 'stale' });
  const result = await deleteMeasure(getPrisma(), actor, id, parsed.data);
  if (!result.ok) return redirectToAdmin(measurePath(id), { problem: result.error === 'invalid' ? 'confirmDelete' : (PROBLEM[result.error] ?? 'invalid') });
  revalidatePublicPages();
  return redirectToAdmin('/admin/tiltak', { saved: 'deleted' });
}

const restoreSchema = z.object({ entryId: z.uuid(), version, side: z.enum(['after', 'before']).default('after') });

export async function restoreMeasureAction(id: string, formData: FormData): Promise<void> {
  const actor = await requireActor(EDITORS);
  const parsed = restoreSchema.safeParse(formDataToObject(formData));
  const historyPath = `${measurePath(id)}/historikk`;
  if (!parsed.success) return redirectToAdmin(historyPath, { problem: 'invalid' });
  const result = await restoreMeasureVersion(getPrisma(), actor, id, parsed.data);
  return finish(result, 'restored', historyPath);
}
