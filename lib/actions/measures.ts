'use server';
// Server actions for measures, through the one wrapper (./safe-action.ts): the role check,
// the shared zod schema, the service (one transaction, audit inside), the public cache,
// then the redirect.
import { z } from 'zod';
import { createMeasure, deleteMeasure, restoreMeasureVersion, setMeasureStatus, updateMeasure, verifyMeasure } from '@/lib/services/measures';
import { EDITORS, STAFF } from '@/lib/services/types';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { checkbox, version } from '@/lib/validation/fields';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { measureCreateSchema, measureStatusSchema, measureUpdateSchema, measureValuesFromForm } from '@/lib/validation/measure';
import { redirectToAdmin } from './navigation';
import { formAction, postAction } from './safe-action';
import { failureState, moreRowsState, type EditState } from './state';

const measurePath = (id: string) => `/admin/tiltak/${id}`;
const measureId = z.uuid();

/** "Add more rows" sends the form back with spare rows before anything is checked. */
function invalidOrMoreRows(fieldErrors: FieldErrors, { values, formData, previous }: { values: FormValues; formData: FormData; previous: EditState }): EditState {
  return moreRowsState(formData.get('intent'), values, previous) ?? { status: 'error', fieldErrors, values };
}

/** A new measure (editors). */
export const createMeasureAction = formAction(
  { access: { roles: EDITORS }, values: measureValuesFromForm, input: measureCreateSchema, invalid: invalidOrMoreRows },
  async ({ actor, input, values, formData, previous }): Promise<EditState> => {
    const more = moreRowsState(formData.get('intent'), values, previous);
    if (more) return more;
    const result = await createMeasure(getPrisma(), actor, input);
    if (!result.ok) return failureState(result, values);
    publicDataChanged(CacheTag.measures);
    return redirectToAdmin(measurePath(result.value.id), { saved: 'created' });
  },
);

/** Editors save; providers propose (the service decides which). */
export const updateMeasureAction = formAction(
  { access: { roles: STAFF }, bound: [measureId], values: measureValuesFromForm, input: measureUpdateSchema, invalid: invalidOrMoreRows },
  async ({ actor, bound: [id], input, values, formData, previous }): Promise<EditState> => {
    const more = moreRowsState(formData.get('intent'), values, previous);
    if (more) return more;
    const result = await updateMeasure(getPrisma(), actor, id, input);
    if (!result.ok) return failureState(result, values);
    if (result.value.kind === 'proposed') return redirectToAdmin(measurePath(id), { saved: 'proposed' });
    publicDataChanged(CacheTag.measures);
    return redirectToAdmin(measurePath(id), { saved: 'updated' });
  },
);

// The small forms below (buttons on the edit page) report problems through the URL, so
// they work as plain posts without any client code. Keys are under Forms.errors.
const PROBLEM: Record<string, string> = { conflict: 'stale', not_found: 'notFound', forbidden: 'forbidden', invalid: 'transition' };

async function finish(result: { ok: boolean; error?: string }, done: string, path: string): Promise<never> {
  if (result.ok) {
    publicDataChanged(CacheTag.measures);
    return redirectToAdmin(path, { saved: done });
  }
  return redirectToAdmin(path, { problem: PROBLEM[result.error ?? ''] ?? 'invalid' });
}

const staleAt = (_errors: FieldErrors, { bound: [id] }: { bound: [string] }) => redirectToAdmin(measurePath(id), { problem: 'stale' });

export const setMeasureStatusAction = postAction(
  { access: { roles: EDITORS }, bound: [measureId], input: measureStatusSchema, invalid: staleAt },
  async ({ actor, bound: [id], input }) => {
    const result = await setMeasureStatus(getPrisma(), actor, id, input);
    return finish(result, `status-${input.status.toLowerCase()}`, measurePath(id));
  },
);

export const verifyMeasureAction = postAction(
  { access: { roles: EDITORS }, bound: [measureId], input: z.object({ version }), invalid: staleAt },
  async ({ actor, bound: [id], input }) => finish(await verifyMeasure(getPrisma(), actor, id, input), 'verified', measurePath(id)),
);

export const deleteMeasureAction = postAction(
  { access: { roles: ['admin'] }, bound: [measureId], input: z.object({ version, confirm: checkbox }), invalid: staleAt },
  async ({ actor, bound: [id], input }) => {
    const result = await deleteMeasure(getPrisma(), actor, id, input);
    if (!result.ok) return redirectToAdmin(measurePath(id), { problem: result.error === 'invalid' ? 'confirmDelete' : (PROBLEM[result.error] ?? 'invalid') });
    publicDataChanged(CacheTag.measures);
    return redirectToAdmin('/admin/tiltak', { saved: 'deleted' });
  },
);

const restoreSchema = z.object({ entryId: z.uuid(), version, side: z.enum(['after', 'before']).default('after') });
const historyPath = (id: string) => `${measurePath(id)}/historikk`;

export const restoreMeasureAction = postAction(
  {
    access: { roles: EDITORS },
    bound: [measureId],
    input: restoreSchema,
    invalid: (_errors, { bound: [id] }) => redirectToAdmin(historyPath(id), { problem: 'invalid' }),
  },
  async ({ actor, bound: [id], input }) => finish(await restoreMeasureVersion(getPrisma(), actor, id, input), 'restored', historyPath(id)),
);
