'use server';
import { z } from 'zod';
import { createProvider, updateProvider } from '@/lib/services/providers';
import { EDITORS } from '@/lib/services/types';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { providerCreateSchema, providerUpdateSchema, type ProviderCreateInput, type ProviderUpdateInput } from '@/lib/validation/provider';
import { redirectToAdmin } from './navigation';
import { formAction } from './safe-action';
import { failureState, type EditState } from './state';

/** Create (bound id null) or update a provider. */
export const saveProviderAction = formAction(
  {
    access: { roles: EDITORS },
    bound: [z.uuid().nullable()],
    input: ([id]) => (id === null ? providerCreateSchema : providerUpdateSchema),
  },
  async ({ actor, bound: [id], input, values }): Promise<EditState> => {
    if (id === null) {
      const result = await createProvider(getPrisma(), actor, input as ProviderCreateInput);
      if (!result.ok) return failureState(result, values);
      publicDataChanged(CacheTag.providers);
      return redirectToAdmin(`/admin/tilbydere/${result.value.id}`, { saved: 'created' });
    }
    const result = await updateProvider(getPrisma(), actor, id, input as ProviderUpdateInput);
    if (!result.ok) return failureState(result, values);
    publicDataChanged(CacheTag.providers);
    return redirectToAdmin(`/admin/tilbydere/${id}`, { saved: 'updated' });
  },
);
