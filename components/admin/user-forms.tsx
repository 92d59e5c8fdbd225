'use client';
// The admin's user management forms: a new user, a user's role and provider,
// deactivating / reactivating, a password-reset link, deleting. Plain forms posting to
// server actions (work without JavaScript). A user's forms get their action already bound
// to the user's id by the server page: binding in a client render makes a new action on
// every render, and React's server renderer then retries a no-JS form post forever.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { Checkbox, Notice, SelectField, SubmitButton, TextField } from '@/components/forms/fields';
import { idleState, type FormState } from '@/lib/actions/state';
import { createUserAction, type CreateUserState } from '@/lib/actions/users';
import type { Role } from '@/lib/auth/session';
import type { FormValues } from '@/lib/validation/form-data';

const ROLE_OPTIONS: Role[] = ['editor', 'provider', 'admin'];

type ProviderOption = { slug: string; name: string };
/** A server action bound on the server (`action.bind(null, id)` in the page). */
type BoundAction = (previous: FormState, formData: FormData) => Promise<FormState>;

function useLabels() {
  const t = useTranslations('Admin.users');
  const labels: Record<string, string> = {
    name: t('name'),
    email: t('email'),
    role: t('role'),
    providerSlug: t('provider'),
    password: t('password'),
    confirm: t('deleteTitle'),
  };
  return (path: string) => labels[path] ?? path;
}

function RoleAndProvider({ state, values, providers }: { state: FormState; values: FormValues; providers: ProviderOption[] }) {
  const t = useTranslations('Admin.users');
  const tRoles = useTranslations('Admin.roles');
  return (
    <>
      <SelectField
        path="role"
        label={t('role')}
        values={values}
        errors={state.fieldErrors}
        emptyLabel={t('chooseRole')}
        options={ROLE_OPTIONS.map((r) => ({ value: r, label: tRoles(r) }))}
      />
      <SelectField
        path="providerSlug"
        label={t('provider')}
        hint={t('providerHint')}
        values={values}
        errors={state.fieldErrors}
        emptyLabel={t('chooseProvider')}
        options={providers.map((p) => ({ value: p.slug, label: p.name }))}
      />
    </>
  );
}

export function CreateUserForm({ providers }: { providers: ProviderOption[] }) {
  const t = useTranslations('Admin.users');
  const label = useLabels();
  const [state, action, pending] = useActionState<CreateUserState, FormData>(createUserAction, idleState);
  const form = { values: state.values, errors: state.fieldErrors };
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={label} />
      {state.status === 'done' && state.created && (
        <Notice tone="success">
          <p>{t('createdNotice', { name: state.created.name, email: state.created.email })}</p>
          {state.created.password && (
            <p className="mt-2 font-mono">{t('generatedPassword', { password: state.created.password })}</p>
          )}
        </Notice>
      )}
      <TextField path="name" label={t('name')} autoComplete="off" {...form} required />
      <TextField path="email" label={t('email')} type="email" autoComplete="off" {...form} required />
      <RoleAndProvider state={state} values={state.values ?? {}} providers={providers} />
      <TextField path="password" label={t('password')} hint={t('passwordHint')} type="password" autoComplete="new-password" errors={state.fieldErrors} />
      <SubmitButton pending={pending}>{t('create')}</SubmitButton>
    </form>
  );
}

export function ChangeRoleForm({
  action: changeRole,
  role,
  providerSlug,
  providers,
}: {
  action: BoundAction;
  role: string;
  providerSlug: string;
  providers: ProviderOption[];
}) {
  const t = useTranslations('Admin.users');
  const label = useLabels();
  const [state, action, pending] = useActionState(changeRole, idleState as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={label} />
      {state.status === 'done' && <Notice tone="success">{t('roleSaved')}</Notice>}
      <RoleAndProvider state={state} values={state.values ?? { role, providerSlug }} providers={providers} />
      <SubmitButton pending={pending}>{t('saveRole')}</SubmitButton>
    </form>
  );
}

export function SetActiveForm({ action: setActive, active }: { action: BoundAction; active: boolean }) {
  const t = useTranslations('Admin.users');
  const label = useLabels();
  const [state, action, pending] = useActionState(setActive, idleState as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={label} />
      {state.status === 'done' && <Notice tone="success">{t('statusSaved')}</Notice>}
      <p>{active ? t('statusActiveText') : t('statusDeactivatedText')}</p>
      {active && <p className="text-sm text-muted">{t('deactivateHint')}</p>}
      <input type="hidden" name="active" value={active ? '0' : '1'} />
      <SubmitButton pending={pending}>{active ? t('deactivate') : t('reactivate')}</SubmitButton>
    </form>
  );
}

export function SendResetForm({ action: sendReset, email }: { action: BoundAction; email: string }) {
  const t = useTranslations('Admin.users');
  const label = useLabels();
  const [state, action, pending] = useActionState(sendReset, idleState as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={label} />
      {state.status === 'done' && <Notice tone="success">{t('resetSent', { email })}</Notice>}
      <SubmitButton pending={pending}>{t('sendReset')}</SubmitButton>
    </form>
  );
}

/** The confirm step is a box to tick in the same form, so it works without JavaScript. */
export function DeleteUserForm({ action: deleteUser, name }: { action: BoundAction; name: string }) {
  const t = useTranslations('Admin.users');
  const label = useLabels();
  const [state, action, pending] = useActionState(deleteUser, idleState as FormState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary state={state} label={label} />
      <Checkbox path="confirm" value="yes" label={t('deleteConfirm', { name })} errors={state.fieldErrors} />
      <SubmitButton pending={pending} danger>
        {t('delete')}
      </SubmitButton>
    </form>
  );
}
