'use server';
// User management (admins only): create a user, change a user's role, deactivate or
// reactivate, send a password-reset link, delete. The rules (and the audit log) are in
// lib/admin/users.ts.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import {
  changeUserRole,
  createUser,
  deleteUser,
  sendPasswordResetLink,
  setUserActive,
  type UserFailure,
} from '@/lib/admin/users';
import { boundFormActionArgs, boundStateActionArgs, checkActionArgs, formActionArgs } from '@/lib/actions/args';
import { getAuth, getAuthSettings } from '@/lib/auth';
import {
  fieldErrorsOf,
  type ChangeRoleState,
  type CreateUserState,
  type DeleteUserState,
  type SendResetState,
  type SetActiveState,
} from '@/lib/auth/form-state';
import { requireActor } from '@/lib/auth/guard';
import { adminPath } from '@/lib/auth/paths';
import { getPrisma } from '@/lib/db';
import { changeRoleSchema, createUserSchema, deleteUserSchema, setActiveSchema } from '@/lib/validation/user';

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : undefined;
};

function refused<Field extends string>(failure: UserFailure) {
  return 'field' in failure
    ? { status: 'error' as const, fieldErrors: { [failure.field]: failure.error } as Partial<Record<Field, typeof failure.error>> }
    : { status: 'error' as const, error: failure.error };
}

function refreshUserPages() {
  revalidatePath('/[locale]/admin/brukere', 'page');
  revalidatePath('/[locale]/admin/brukere/[id]', 'page');
}

export async function createUserAction(_previous: CreateUserState, formData: FormData): Promise<CreateUserState> {
  const actor = await requireActor(['admin']);
  checkActionArgs(formActionArgs, [_previous, formData]);
  const values = {
    name: text(formData, 'name') ?? '',
    email: text(formData, 'email') ?? '',
    role: text(formData, 'role') ?? '',
    providerSlug: text(formData, 'providerSlug') ?? '',
  };
  const parsed = createUserSchema.safeParse({ ...values, password: text(formData, 'password') ?? '' });
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await createUser(getPrisma(), getAuthSettings(), actor, parsed.data);
  if (!result.ok) return { ...refused(result), values };
  refreshUserPages();
  return {
    status: 'done',
    created: { name: parsed.data.name, email: result.value.email, password: result.value.password },
  };
}

export async function changeRoleAction(userId: string, _previous: ChangeRoleState, formData: FormData): Promise<ChangeRoleState> {
  const actor = await requireActor(['admin']);
  checkActionArgs(boundFormActionArgs, [userId, _previous, formData]);
  const values = { role: text(formData, 'role') ?? '', providerSlug: text(formData, 'providerSlug') ?? '' };
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await changeUserRole(getPrisma(), actor, userId, parsed.data);
  if (!result.ok) return { ...refused(result), values };
  refreshUserPages();
  return { status: 'done' };
}

export async function setActiveAction(userId: string, _previous: SetActiveState, formData: FormData): Promise<SetActiveState> {
  const actor = await requireActor(['admin']);
  checkActionArgs(boundFormActionArgs, [userId, _previous, formData]);
  const parsed = setActiveSchema.safeParse({ active: text(formData, 'active') });
  if (!parsed.success) return { status: 'error', error: 'unexpected' };
  const result = await setUserActive(getPrisma(), actor, userId, parsed.data.active);
  if (!result.ok) return refused(result);
  refreshUserPages();
  return { status: 'done' };
}

export async function sendResetLinkAction(userId: string, _previous: SendResetState): Promise<SendResetState> {
  const actor = await requireActor(['admin']);
  checkActionArgs(boundStateActionArgs, [userId, _previous]);
  const redirectTo = adminPath(await getLocale(), '/admin/tilbakestill-passord');
  const result = await sendPasswordResetLink(getPrisma(), getAuth(), actor, userId, redirectTo);
  if (!result.ok) return refused(result);
  return { status: 'done' };
}

export async function deleteUserAction(userId: string, _previous: DeleteUserState, formData: FormData): Promise<DeleteUserState> {
  const actor = await requireActor(['admin']);
  checkActionArgs(boundFormActionArgs, [userId, _previous, formData]);
  const parsed = deleteUserSchema.safeParse({ confirm: text(formData, 'confirm') });
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await deleteUser(getPrisma(), actor, userId);
  if (!result.ok) return refused(result);
  refreshUserPages();
  redirect(`${adminPath(await getLocale(), '/admin/brukere')}?slettet=1`);
}
