import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/admin/sign-in-form';
import { Notice } from '@/components/forms/fields';
import { SsoButton } from '@/components/admin/sso-button';
import { currentActor } from '@/lib/auth/guard';
import { ADMIN_HOME_PATH, ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { oidcFromEnv } from '@/lib/auth/settings';
import { env } from '@/lib/env';
import { toLocale } from '@/lib/i18n/routing';

// Depends on who is asking (and the session cookie): never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/logg-inn'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.signIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/logg-inn'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  if (await currentActor()) redirect(adminPath(locale, ADMIN_HOME_PATH));
  const query = await searchParams;
  const t = await getTranslations('Admin.signIn');
  const tErrors = await getTranslations('Forms.errors');
  const oidc = oidcFromEnv(env);

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-prose">{t('intro')}</p>
      {query.utlogget !== undefined && <Notice>{t('signedOut')}</Notice>}
      {query.passord === 'endret' && <Notice tone="success">{t('passwordChanged')}</Notice>}
      {query.feil === 'sso' && oidc && <Notice tone="warning">{tErrors('sso', { provider: oidc.name })}</Notice>}
      <div className="mt-4">
        <SignInForm
          initialStep={query.steg === 'kode' && oidc ? 'code' : 'credentials'}
          forgotHref={adminPath(locale, '/admin/glemt-passord')}
          signInHref={adminPath(locale, ADMIN_SIGN_IN_PATH)}
        />
      </div>
      {oidc && <SsoButton label={t('sso', { provider: oidc.name })} or={t('or')} />}
    </div>
  );
}
