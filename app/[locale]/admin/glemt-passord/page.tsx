import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/admin/password-forms';
import { ADMIN_SIGN_IN_PATH, adminPath } from '@/lib/auth/paths';
import { toLocale } from '@/lib/i18n/routing';

// Depends on who is asking (and the session cookie): never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/glemt-passord'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.forgot' });
  return { title: t('title') };
}

export default async function ForgotPasswordPage({ params }: PageProps<'/[locale]/admin/glemt-passord'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations('Admin.forgot');
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-prose">{t('intro')}</p>
      <ForgotPasswordForm signInHref={adminPath(locale, ADMIN_SIGN_IN_PATH)} />
    </div>
  );
}
