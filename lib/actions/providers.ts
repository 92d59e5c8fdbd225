'use server';
import { createProvider, updateProvider } from '@/lib/admin/providers';
import { EDITORS } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { revalidatePublicPages } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { formDataToObject, toFieldErrors } from '@/lib/validation/form-data';
import { providerCreateSchema, providerUpdateSchema } from '@/lib/validation/provider';
import { redirectToAdmin } from './navigation';
import { failureState, type FormState } from './state';

export async function saveProviderAction(id: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(EDITORS);
  const values = formDataToObject(formData);
  if (id === null) {
    const parsed = providerCreateSchema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
    const result = await createProvider(getPrisma(), actor, parsed.data);
    if (!result.ok) return failureState(result, values);
    revalidatePublicPages();
    return redirectToAdmin(`/admin/tilbydere/${result.value.id}`, { saved: 'created' });
  }
  const parsed = providerUpdateSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
  const result = await updateProvider(getPrisma(), actor, id, parsed.data);
  if (!result.ok) return failureState(result, values);
  revalidatePublicPages();
  return redirectToAdmin(`/admin/tilbydere/${id}`, { saved: 'updated' });
}
