// Input rules for the sign-in forms and the admin:create script. Error messages are
// message keys under Forms.errors, so each form shows them in the page's language.
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './settings';
import { ROLES } from './session';

const email = z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' }));

export const signInSchema = z.object({
  email: z.string().trim().min(1, { error: 'emailRequired' }).pipe(email),
  password: z.string().min(1, { error: 'passwordRequired' }).max(MAX_PASSWORD_LENGTH, { error: 'passwordRequired' }),
});

/** A six-digit code from the app, or a backup code (xxxxx-xxxxx). */
export const codeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^(\d{6}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})$/, { error: 'codeInvalid' })),
});

export const requestResetSchema = z.object({
  email: z.string().trim().min(1, { error: 'emailRequired' }).pipe(email),
});

export const newPasswordSchema = z
  .object({
    token: z.string().min(1, { error: 'resetTokenInvalid' }),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, { error: 'passwordTooShort' })
      .max(MAX_PASSWORD_LENGTH, { error: 'passwordTooLong' }),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], error: 'passwordMismatch' });

/** Confirming a change to one's own sign-in: the password (none for accounts without one). */
export const passwordConfirmationSchema = z.object({
  password: z.string().max(MAX_PASSWORD_LENGTH, { error: 'passwordWrong' }).optional(),
});
export const enableTwoFactorSchema = passwordConfirmationSchema;

export const createUserArgsSchema = z
  .object({
    email,
    name: z.string().trim().min(1, 'name is required'),
    role: z.enum(ROLES as ['admin', 'editor', 'provider']).default('editor'),
    provider: z.string().trim().min(1).optional(),
  })
  .refine((value) => value.role !== 'provider' || value.provider, {
    path: ['provider'],
    message: '--provider <slug> is required for role provider',
  })
  .refine((value) => value.role === 'provider' || !value.provider, {
    path: ['provider'],
    message: '--provider is only for role provider',
  });

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `the password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `the password must be at most ${MAX_PASSWORD_LENGTH} characters`);
