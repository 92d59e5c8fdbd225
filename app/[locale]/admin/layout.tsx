import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { currentActor } from '@/lib/auth/guard';
import { toLocale } from '@/lib/i18n/routing';

// The staff area. Never indexed (also sent as X-Robots-Tag, see next.config.ts). This layout
// only shows the menu: every page, action and route handler checks the session itself.

export async function generateMetadata({ params }: LayoutProps<'/[locale]/admin'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.meta' });
  return {
    title: { default: t('title'), template: `%s · ${t('title')}` },
    robots: { index: false, follow: false, nocache: true, googleBot: { index: false, follow: false } },
  };
}

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const locale = toLocale((await params).locale);
  const actor = await currentActor();
  const messages = await getMessages();
  // Client components of the admin area get the admin namespaces (Admin, Admin*), the forms'
  // messages (Forms) and Error.
  const clientMessages = Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => namespace === 'Error' || namespace === 'Forms' || namespace.startsWith('Admin')),
  );
  return (
    <NextIntlClientProvider messages={clientMessages}>
      {actor && <AdminNav actor={actor} locale={locale} />}
      {children}
    </NextIntlClientProvider>
  );
}
