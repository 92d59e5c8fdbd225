'use server';
// An admin lifts someone's sign-in lock after too many failed attempts (lib/auth/account-lock.ts).
// The person's id comes in a hidden field; the rule and the audit entry are in lib/services/users.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { unlockSignIn } from '@/lib/services/users';
import { getAuthSettings } from '@/lib/auth';
import { getPrisma } from '@/lib/db';
import { formAction } from './safe-action';
import type { FormState } from './state';

export const unlockSignInAction = formAction(
  {
    access: { roles: ['admin'] },
    input: z.object({ userId: z.string().min(1).max(100) }),
    invalid: () => ({ status: 'error', formError: 'userNotFound' }),
  },
  async ({ actor, input }): Promise<FormState> => {
    const result = await unlockSignIn(getPrisma(), getAuthSettings().secret, actor, input.userId);
    if (!result.ok) return { status: 'error', formError: result.error };
    revalidatePath('/[locale]/admin/brukere/[id]', 'page');
    return { status: 'done' };
  },
);
