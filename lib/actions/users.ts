'use server';
// User management (admins only): create a user, change a user's role, deactivate or
// reactivate, send a password-reset link, delete. The rules (and the audit log) are in
// lib/services/users.ts. A user's forms get their action bound to the user's id by the page.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { changeUserRole, createUser, deleteUser, sendPasswordResetLink, setUserActive, type UserFailure } from '@/lib/services/users';
import { getAuth, getAuthSettings } from '@/lib/auth';
import { adminPath } from '@/lib/auth/paths';
import { getPrisma } from '@/lib/db';
import { changeRoleSchema, createUserSchema, deleteUserSchema, setActiveSchema } from '@/lib/validation/user';
import { boundId, formAction, keptValues } from './safe-action';
import type { FormState } from './state';

/** Creating a user: on success, who was made and the generated password (shown once). */
export type CreateUserState = FormState<{ created?: { name: string; email: string; password: string | null } }>;

const admins = { roles: ['admin'] } as const;
const SECRET = ['password'];

function refused(failure: UserFailure): FormState {
  return 'field' in failure ? { status: 'error', fieldErrors: { [failure.field]: [failure.error] } } : { status: 'error', formError: failure.error };
}

function refreshUserPages() {
  revalidatePath('/[locale]/admin/brukere', 'page');
  revalidatePath('/[locale]/admin/brukere/[id]', 'page');
}

export const createUserAction = formAction(
  { access: admins, input: createUserSchema, secret: SECRET },
  async ({ actor, input, values }): Promise<CreateUserState> => {
    const result = await createUser(getPrisma(), getAuthSettings(), actor, input);
    if (!result.ok) return { ...refused(result), values: keptValues(values, SECRET) };
    refreshUserPages();
    return { status: 'done', created: { name: input.name, email: result.value.email, password: result.value.password } };
  },
);

export const changeRoleAction = formAction(
  { access: admins, bound: [boundId], input: changeRoleSchema },
  async ({ actor, bound: [userId], input, values }): Promise<FormState> => {
    const result = await changeUserRole(getPrisma(), actor, userId, input);
    if (!result.ok) return { ...refused(result), values };
    refreshUserPages();
    return { status: 'done' };
  },
);

export const setActiveAction = formAction(
  { access: admins, bound: [boundId], input: setActiveSchema, invalid: () => ({ status: 'error', formError: 'unexpected' }) },
  async ({ actor, bound: [userId], input }): Promise<FormState> => {
    const result = await setUserActive(getPrisma(), actor, userId, input.active);
    if (!result.ok) return refused(result);
    refreshUserPages();
    return { status: 'done' };
  },
);

export const sendResetLinkAction = formAction(
  { access: admins, bound: [boundId] },
  async ({ actor, bound: [userId] }): Promise<FormState> => {
    const redirectTo = adminPath(await getLocale(), '/admin/tilbakestill-passord');
    const result = await sendPasswordResetLink(getPrisma(), getAuth(), actor, userId, redirectTo);
    if (!result.ok) return refused(result);
    return { status: 'done' };
  },
);

export const deleteUserAction = formAction(
  { access: admins, bound: [boundId], input: deleteUserSchema, invalid: (fieldErrors) => ({ status: 'error', fieldErrors }) },
  async ({ actor, bound: [userId] }): Promise<FormState> => {
    const result = await deleteUser(getPrisma(), actor, userId);
    if (!result.ok) return refused(result);
    refreshUserPages();
    redirect(`${adminPath(await getLocale(), '/admin/brukere')}?slettet=1`);
  },
);
