'use server';
// An admin lifts someone's sign-in lock after too many failed attempts (lib/auth/account-lock.ts).
// The person's id comes in a hidden field; the rule and the audit entry are in lib/admin/users.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { unlockSignIn } from '@/lib/admin/users';
import { getAuthSettings } from '@/lib/auth';
import type { UnlockSignInState } from '@/lib/auth/form-state';
import { requireActor } from '@/lib/auth/guard';
import { getPrisma } from '@/lib/db';

const unlockSchema = z.object({ userId: z.string().min(1).max(100) });

export async function unlockSignInAction(_previous: UnlockSignInState, formData: FormData): Promise<UnlockSignInState> {
  const actor = await requireActor(['admin']);
  const parsed = unlockSchema.safeParse({ userId: formData instanceof FormData ? formData.get('userId') : null });
  if (!parsed.success) return { status: 'error', error: 'userNotFound' };
  const result = await unlockSignIn(getPrisma(), getAuthSettings().secret, actor, parsed.data.userId);
  if (!result.ok) return { status: 'error', error: result.error };
  revalidatePath('/[locale]/admin/brukere/[id]', 'page');
  return { status: 'done' };
}
