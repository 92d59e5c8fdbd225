// The typed states the sign-in and account forms get back from their server actions.
// Messages are keys under Admin.errors, translated where the form is shown.
import type { Messages } from 'next-intl';
import type { z } from 'zod';

export type ErrorKey = keyof Messages['Admin']['errors'];

export interface FormState<Field extends string> {
  status: 'idle' | 'error' | 'done';
  /** The one message for the whole form (shown first in the error summary). */
  error?: ErrorKey;
  errorValues?: Record<string, string | number>;
  fieldErrors?: Partial<Record<Field, ErrorKey>>;
  /** What the person typed (never passwords), to fill the form in again. */
  values?: Partial<Record<Field, string>>;
}

export type SignInState = FormState<'email' | 'password' | 'code'> & { step: 'credentials' | 'code' };
export type RequestResetState = FormState<'email'>;
export type ResetPasswordState = FormState<'password' | 'confirm'>;
export type EnableTwoFactorState = FormState<'password'>;
export type ConfirmTwoFactorState = FormState<'code'>;
/** New backup codes: shown once, from the state, never stored in plain text. */
export type BackupCodesState = FormState<'backupPassword'> & { backupCodes?: string[] };
export type DisableTwoFactorState = FormState<'disablePassword'>;
/** An admin sends someone a password-reset link. */
export type SendResetState = FormState<never>;
export type DeleteUserState = FormState<'confirm'>;
/** Creating a user: on success, who was made and the generated password (shown once). */
export type CreateUserState = FormState<'name' | 'email' | 'role' | 'providerSlug' | 'password'> & {
  created?: { name: string; email: string; password: string | null };
};
export type ChangeRoleState = FormState<'role' | 'providerSlug'>;
export type SetActiveState = FormState<never>;

export function rateLimitMinutes(retryAfterSeconds: number | null, fallbackSeconds: number): number {
  return Math.max(1, Math.ceil((retryAfterSeconds ?? fallbackSeconds) / 60));
}

const SCHEMA_ERRORS = new Set<string>([
  'emailRequired',
  'emailInvalid',
  'passwordRequired',
  'passwordTooShort',
  'passwordTooLong',
  'passwordMismatch',
  'codeInvalid',
  'resetTokenInvalid',
  'nameRequired',
  'roleInvalid',
  'providerRequired',
  'confirmDelete',
] satisfies ErrorKey[]);

/** The first message key for each field of a failed parse. */
export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, ErrorKey>> {
  const result: Record<string, ErrorKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    result[field] ??= SCHEMA_ERRORS.has(issue.message) ? (issue.message as ErrorKey) : 'unexpected';
  }
  return result as Partial<Record<Field, ErrorKey>>;
}

/** An admin lifts someone's sign-in lock (lib/auth/account-lock.ts). */
export type UnlockSignInState = FormState<never>;
