import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageLink } from '@/components/ui/page-link';
import { toLocale } from '@/lib/i18n/routing';
import { alternatesFor } from '@/lib/site-urls';

// The accessibility statement (tilgjengelighetserklæring). Static text: cached like the
// other public pages.
export const revalidate = 3600;

/** The day the statement was last reviewed; change it with the text. */
const STATEMENT_DATE = '2026-11-22';
const TESTED = ['axe', 'keyboard', 'structure', 'reflow', 'motion', 'contrast', 'noJs'] as const;
const GAPS = ['demoData', 'screenReader', 'print', 'content'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/tilgjengelighet'>): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return { title: t('title'), description: t('intro'), alternates: alternatesFor(locale, '/tilgjengelighet') };
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="space-y-3">
      <h2 className="text-2xl font-bold text-brand-900">{heading}</h2>
      {children}
    </section>
  );
}

export default async function AccessibilityStatementPage({ params }: PageProps<'/[locale]/tilgjengelighet'>) {
  setRequestLocale(toLocale((await params).locale));
  const [t, format] = await Promise.all([getTranslations('Accessibility'), getFormatter()]);
  // Noon UTC is the same calendar day in Oslo whatever the season.
  const formatted = format.dateTime(new Date(`${STATEMENT_DATE}T12:00:00Z`), { dateStyle: 'long' });
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </header>
      <Section heading={t('standardHeading')}>
        <p>{t('standard')}</p>
      </Section>
      <Section heading={t('testedHeading')}>
        <p>{t('testedIntro')}</p>
        <ul className="list-disc space-y-2 pl-6">
          {TESTED.map((key) => (
            <li key={key}>{t(`tested.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section heading={t('gapsHeading')}>
        <ul className="list-disc space-y-2 pl-6">
          {GAPS.map((key) => (
            <li key={key}>{t(`gaps.${key}`)}</li>
          ))}
        </ul>
      </Section>
      <Section heading={t('feedbackHeading')}>
        <p>{t.rich('feedbackEmail', { email: (text) => <a href={`mailto:${text}`}>{text}</a> })}</p>
        <p>{t.rich('feedbackReport', { catalogue: (text) => <PageLink href="/tiltak">{text}</PageLink> })}</p>
      </Section>
      <Section heading={t('supervisionHeading')}>
        {/* A plain link: the page itself never requests anything from the authority. */}
        <p>{t.rich('supervision', { link: (text) => <a href="https://www.uutilsynet.no/">{text}</a> })}</p>
      </Section>
      <p className="text-muted">
        {t.rich('date', { date: formatted, time: (chunks) => <time dateTime={STATEMENT_DATE}>{chunks}</time> })}
      </p>
    </div>
  );
}
