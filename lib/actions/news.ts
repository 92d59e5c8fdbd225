'use server';
import { z } from 'zod';
import { createNews, updateNews } from '@/lib/services/news';
import { EDITORS } from '@/lib/services/types';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { newsCreateSchema, newsUpdateSchema, type NewsCreateInput, type NewsUpdateInput } from '@/lib/validation/news';
import { redirectToAdmin } from './navigation';
import { formAction } from './safe-action';
import { failureState, type EditState } from './state';

/** Create (bound id null) or update a news item; archiving is choosing the status "archived". */
export const saveNewsAction = formAction(
  {
    access: { roles: EDITORS },
    bound: [z.uuid().nullable()],
    input: ([id]) => (id === null ? newsCreateSchema : newsUpdateSchema),
  },
  async ({ actor, bound: [id], input, values }): Promise<EditState> => {
    if (id === null) {
      const result = await createNews(getPrisma(), actor, input as NewsCreateInput);
      if (!result.ok) return failureState(result, values);
      publicDataChanged(CacheTag.news);
      return redirectToAdmin(`/admin/nyheter/${result.value.id}`, { saved: 'created' });
    }
    const result = await updateNews(getPrisma(), actor, id, input as NewsUpdateInput);
    if (!result.ok) return failureState(result, values);
    publicDataChanged(CacheTag.news);
    return redirectToAdmin(`/admin/nyheter/${id}`, { saved: 'updated' });
  },
);
