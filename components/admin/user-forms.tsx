'use client';
// The admin's user management forms: a new user, a user's role and provider,
// deactivating / reactivating, a password-reset link, deleting. Plain forms posting to
// server actions (work without JavaScript). A user's forms get their action already bound
// to the user's id by the server page: binding in a client render makes a new action on
// every render, and React's server renderer then retries a no-JS form post forever.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createUserAction } from '@/app/[locale]/admin/brukere/actions';
import type { ChangeRoleState, CreateUserState, DeleteUserState, SendResetState, SetActiveState } from '@/lib/auth/form-state';
import type { Role } from '@/lib/auth/session';
import { ErrorSummary } from './error-summary';
import { Notice, SelectField, SubmitButton, TextField } from './form-controls';
import { useFormErrors } from './use-form-errors';

const ROLE_OPTIONS: Role[] = ['editor', 'provider', 'admin'];

type ProviderOption = { slug: string; name: string };
/** A server action bound on the server (`action.bind(null, id)` in the page). */
type BoundAction<State> = (previous: State, formData: FormData) => Promise<State>;

function RoleAndProvider({
  errors,
  role,
  providerSlug,
  providers,
}: {
  errors: { field: (name: 'role' | 'providerSlug') => string | undefined };
  role: string;
  providerSlug: string;
  providers: ProviderOption[];
}) {
  const t = useTranslations('Admin.users');
  const tRoles = useTranslations('Admin.roles');
  return (
    <>
      <SelectField
        id="role"
        label={t('role')}
        defaultValue={role}
        emptyLabel={t('chooseRole')}
        error={errors.field('role')}
        options={ROLE_OPTIONS.map((r) => ({ value: r, label: tRoles(r) }))}
      />
      <SelectField
        id="providerSlug"
        label={t('provider')}
        hint={t('providerHint')}
        defaultValue={providerSlug}
        emptyLabel={t('chooseProvider')}
        error={errors.field('providerSlug')}
        options={providers.map((p) => ({ value: p.slug, label: p.name }))}
      />
    </>
  );
}

export function CreateUserForm({ providers }: { providers: ProviderOption[] }) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(createUserAction, { status: 'idle' } as CreateUserState);
  const errors = useFormErrors(state, ['name', 'email', 'role', 'providerSlug', 'password']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {state.status === 'done' && state.created && (
        <Notice tone="success">
          <p>{t('createdNotice', { name: state.created.name, email: state.created.email })}</p>
          {state.created.password && (
            <p className="mt-2 font-mono">{t('generatedPassword', { password: state.created.password })}</p>
          )}
        </Notice>
      )}
      <TextField id="name" label={t('name')} autoComplete="off" defaultValue={state.values?.name ?? ''} error={errors.field('name')} required />
      <TextField
        id="email"
        label={t('email')}
        type="email"
        autoComplete="off"
        defaultValue={state.values?.email ?? ''}
        error={errors.field('email')}
        required
      />
      <RoleAndProvider errors={errors} role={state.values?.role ?? ''} providerSlug={state.values?.providerSlug ?? ''} providers={providers} />
      <TextField
        id="password"
        label={t('password')}
        hint={t('passwordHint')}
        type="password"
        autoComplete="new-password"
        error={errors.field('password')}
      />
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
  action: BoundAction<ChangeRoleState>;
  role: string;
  providerSlug: string;
  providers: ProviderOption[];
}) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(changeRole, { status: 'idle' } as ChangeRoleState);
  const errors = useFormErrors(state, ['role', 'providerSlug']);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {state.status === 'done' && <Notice tone="success">{t('roleSaved')}</Notice>}
      <RoleAndProvider
        errors={errors}
        role={state.values?.role ?? role}
        providerSlug={state.values?.providerSlug ?? providerSlug}
        providers={providers}
      />
      <SubmitButton pending={pending}>{t('saveRole')}</SubmitButton>
    </form>
  );
}

export function SetActiveForm({ action: setActive, active }: { action: BoundAction<SetActiveState>; active: boolean }) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(setActive, { status: 'idle' } as SetActiveState);
  const errors = useFormErrors(state, []);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {state.status === 'done' && <Notice tone="success">{t('statusSaved')}</Notice>}
      <p>{active ? t('statusActiveText') : t('statusDeactivatedText')}</p>
      {active && <p className="text-sm text-muted">{t('deactivateHint')}</p>}
      <input type="hidden" name="active" value={active ? '0' : '1'} />
      <SubmitButton pending={pending}>{active ? t('deactivate') : t('reactivate')}</SubmitButton>
    </form>
  );
}

export function SendResetForm({ action: sendReset, email }: { action: BoundAction<SendResetState>; email: string }) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(sendReset, { status: 'idle' } as SendResetState);
  const errors = useFormErrors(state, []);
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      {state.status === 'done' && <Notice tone="success">{t('resetSent', { email })}</Notice>}
      <SubmitButton pending={pending}>{t('sendReset')}</SubmitButton>
    </form>
  );
}

/** The confirm step is a box to tick in the same form, so it works without JavaScript. */
export function DeleteUserForm({ action: deleteUser, name }: { action: BoundAction<DeleteUserState>; name: string }) {
  const t = useTranslations('Admin.users');
  const [state, action, pending] = useActionState(deleteUser, { status: 'idle' } as DeleteUserState);
  const errors = useFormErrors(state, ['confirm']);
  const error = errors.field('confirm');
  return (
    <form action={action} className="space-y-4" noValidate>
      <ErrorSummary title={errors.title} items={errors.items} token={state} />
      <div className="space-y-1">
        {error && (
          <p id="confirm-error" className="font-semibold text-red-800">
            {error}
          </p>
        )}
        <label className="flex items-start gap-2">
          <input
            id="confirm"
            name="confirm"
            type="checkbox"
            value="yes"
            className="mt-1 size-5"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'confirm-error' : undefined}
          />
          <span>{t('deleteConfirm', { name })}</span>
        </label>
      </div>
      <button
        type="submit"
        aria-disabled={pending || undefined}
        className="min-h-11 rounded bg-red-800 px-4 font-semibold text-white hover:bg-red-900"
      >
        {t('delete')}
      </button>
    </form>
  );
}
