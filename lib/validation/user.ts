// Input rules for the admin's user management forms. Error messages are keys under
// Forms.errors, so each form shows them in the page's language.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/settings';
import { ROLES } from '@/lib/auth/session';

const role = z.enum(ROLES as unknown as ['admin', 'editor', 'provider'], { error: 'roleInvalid' });
const providerSlug = z.string().trim().max(200).optional().transform((value) => value || undefined);

function needsProvider<T extends { role: string; providerSlug?: string }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === 'provider' && !value.providerSlug) {
    ctx.addIssue({ code: 'custom', path: ['providerSlug'], message: 'providerRequired' });
  }
}

export const createUserSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'nameRequired' }).max(200, { error: 'nameRequired' }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, { error: 'emailRequired' })
      .pipe(z.email({ error: 'emailInvalid' })),
    role,
    providerSlug,
    /** Empty: a password is generated and shown once. */
    password: z
      .string()
      .optional()
      .transform((value) => value ?? '')
      .pipe(
        z
          .string()
          .refine((value) => value === '' || value.length >= MIN_PASSWORD_LENGTH, { error: 'passwordTooShort' })
          .refine((value) => value.length <= MAX_PASSWORD_LENGTH, { error: 'passwordTooLong' }),
      ),
  })
  .superRefine(needsProvider);

export const changeRoleSchema = z.object({ role, providerSlug }).superRefine(needsProvider);

/** Deleting asks for a ticked confirmation box (the confirm step works without JavaScript). */
export const deleteUserSchema = z.object({ confirm: z.literal('yes', { error: 'confirmDeleteUser' }) });

export const setActiveSchema = z.object({ active: z.enum(['0', '1'], { error: 'unexpected' }).transform((v) => v === '1') });

type WithOptionalProvider<T> = Omit<T, 'providerSlug'> & { providerSlug?: string };
export type CreateUserInput = WithOptionalProvider<z.infer<typeof createUserSchema>>;
export type ChangeRoleInput = WithOptionalProvider<z.infer<typeof changeRoleSchema>>;
