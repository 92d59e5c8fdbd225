'use server';
import { z } from 'zod';
import { CacheTag, publicDataChanged } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import { locales } from '@/lib/i18n/routing';
import { saveHelpBlock } from '@/lib/services/help-block';
import { EDITORS } from '@/lib/services/types';
import { helpBlockUpdateSchema } from '@/lib/validation/help-block';
import { redirectToAdmin } from './navigation';
import { formAction } from './safe-action';
import { failureState, type EditState } from './state';

/** Saves "Trenger du hjelp nå?" in one language (bound on the server). */
export const saveHelpBlockAction = formAction(
  {
    access: { roles: EDITORS },
    bound: [z.enum(locales)],
    input: helpBlockUpdateSchema,
  },
  async ({ actor, bound: [locale], input, values }): Promise<EditState> => {
    const result = await saveHelpBlock(getPrisma(), actor, locale, input);
    if (!result.ok) return failureState(result, values);
    // The block is on most public pages, the cached ones included: they are dropped with it.
    publicDataChanged(CacheTag.help);
    return redirectToAdmin(`/admin/hjelp/${locale}`, { saved: 'updated' });
  },
);
