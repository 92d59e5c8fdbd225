'use server';
import { createNews, updateNews } from '@/lib/admin/news';
import { EDITORS } from '@/lib/admin/types';
import { requireActor } from '@/lib/auth/guard';
import { revalidatePublicPages } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { formDataToObject, toFieldErrors } from '@/lib/validation/form-data';
import { newsCreateSchema, newsUpdateSchema } from '@/lib/validation/news';
import { redirectToAdmin } from './navigation';
import { failureState, type FormState } from './state';

/** Create or update a news item; archiving is choosing the status "archived". */
export async function saveNewsAction(id: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor(EDITORS);
  const values = formDataToObject(formData);
  if (id === null) {
    const parsed = newsCreateSchema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
    const result = await createNews(getPrisma(), actor, parsed.data);
    if (!result.ok) return failureState(result, values);
    revalidatePublicPages();
    return redirectToAdmin(`/admin/nyheter/${result.value.id}`, { saved: 'created' });
  }
  const parsed = newsUpdateSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), values };
  const result = await updateNews(getPrisma(), actor, id, parsed.data);
  if (!result.ok) return failureState(result, values);
  revalidatePublicPages();
  return redirectToAdmin(`/admin/nyheter/${id}`, { saved: 'updated' });
}
