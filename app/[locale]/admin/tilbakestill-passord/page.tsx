import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/forms/fields';
import { ResetPasswordForm } from '@/components/admin/password-forms';
import { adminPath } from '@/lib/auth/paths';
import { resetPasswordAction } from '@/lib/actions/password-reset';
import { toLocale } from '@/lib/i18n/routing';

// Depends on who is asking (and the session cookie): never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/tilbakestill-passord'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.reset' });
  // The token is in the address: never send it on to another site. Not 'no-referrer': a
  // browser then sends `Origin: null` with the form post, and Next refuses the action.
  return { title: t('title'), referrer: 'same-origin' };
}

export default async function ResetPasswordPage({ params, searchParams }: PageProps<'/[locale]/admin/tilbakestill-passord'>) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const { token, error } = await searchParams;
  const t = await getTranslations('Admin.reset');
  const valid = typeof token === 'string' && token.length > 0 && !error;
  return (
    <div className="max-w-xl">
      <h1 className="mb-6 text-3xl font-bold">{t('title')}</h1>
      {valid ? (
        <ResetPasswordForm resetPassword={resetPasswordAction.bind(null, token)} />
      ) : (
        <>
          <Notice tone="warning">{t('invalidLink')}</Notice>
          <p className="mt-4">
            <Link href={adminPath(locale, '/admin/glemt-passord')}>{t('requestNew')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
