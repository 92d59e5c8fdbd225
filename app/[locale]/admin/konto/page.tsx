import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/forms/fields';
import { TwoFactorSection } from '@/components/admin/two-factor-section';
import { getAuthSettings } from '@/lib/auth';
import { needsTwoFactorSetup, requireActor } from '@/lib/auth/guard';
import { ROLES } from '@/lib/auth/session';
import { getAccountSecurity } from '@/lib/data/admin-account';
import { toLocale } from '@/lib/i18n/routing';
import { signOutAction } from '@/lib/actions/account';

// Depends on who is asking (and the session cookie): never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/konto'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.account' });
  return { title: t('title') };
}

export default async function AccountPage({ params, searchParams }: PageProps<'/[locale]/admin/konto'>) {
  setRequestLocale(toLocale((await params).locale));
  // The one page an admin without two-step sign-in may open: it is where it is turned on.
  const actor = await requireActor(ROLES, { allowMissingTwoFactor: true });
  const security = await getAccountSecurity(actor.id, getAuthSettings().secret);
  const query = await searchParams;
  const t = await getTranslations('Admin.account');
  const tRoles = await getTranslations('Admin.roles');

  return (
    <div className="max-w-3xl space-y-10">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {query.totp === 'av' && !security.twoFactorEnabled && (
          <div className="mt-4">
            <Notice tone="success">{t('disabled')}</Notice>
          </div>
        )}
        {query.totp !== undefined && security.twoFactorEnabled && (
          <div className="mt-4">
            <Notice tone="success">{t('enabled')}</Notice>
          </div>
        )}
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t('name')}</dt>
          <dd>{actor.name}</dd>
          <dt className="font-semibold">{t('email')}</dt>
          <dd>{actor.email}</dd>
          <dt className="font-semibold">{t('role')}</dt>
          <dd>{tRoles(actor.role)}</dd>
        </dl>
      </div>
      <TwoFactorSection
        security={security}
        required={actor.role === 'admin'}
        setupRequired={await needsTwoFactorSetup()}
      />
      <section aria-labelledby="sign-out-title" className="space-y-3">
        <h2 id="sign-out-title" className="text-2xl font-bold">
          {t('signOutTitle')}
        </h2>
        <p>{t('signOutIntro')}</p>
        <form action={signOutAction}>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-900">
            {t('signOut')}
          </button>
        </form>
      </section>
    </div>
  );
}
