import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminLink } from '@/components/admin/editing/admin-link';
import { DiffTable } from '@/components/admin/editing/diff-table';
import { EditMessages } from '@/components/admin/editing/edit-messages';
import { Flash } from '@/components/admin/editing/flash';
import { HelpBlockForm } from '@/components/admin/forms/help-block-form';
import { saveHelpBlockAction } from '@/lib/actions/help-block';
import { requireActor } from '@/lib/auth/guard';
import { getHelpBlockForEdit } from '@/lib/data/help-block';
import { listHistory } from '@/lib/data/history';
import { isLocale, toLocale } from '@/lib/i18n/routing';
import { EDITORS } from '@/lib/services/types';
import type { FormValues } from '@/lib/validation/form-data';

// Per person and always current: never cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminEdit'))('helpBlock.title') };
}

/** The form for one language, then every saved change to it (the audit log), newest first. */
export default async function EditHelpBlockPage({ params, searchParams }: PageProps<'/[locale]/admin/hjelp/[language]'>) {
  const { locale, language } = await params;
  setRequestLocale(toLocale(locale));
  await requireActor(EDITORS);
  if (!isLocale(language)) notFound();
  const [t, format, block, history] = await Promise.all([
    getTranslations('AdminEdit'),
    getFormatter(),
    getHelpBlockForEdit(language),
    listHistory('help_block', language),
  ]);
  const initial: FormValues = block
    ? {
        version: String(block.version),
        heading: block.heading,
        intro: block.intro ?? '',
        entries: block.entries.map((e) => ({ label: e.label, phone: e.phone ?? '', href: e.href ?? '', placeholder: e.placeholder ? 'on' : '' })),
      }
    : { version: '1' };
  const name = t(`helpBlock.languages.${language}`);
  return (
    <div className="space-y-6">
      <p><AdminLink href="/admin/hjelp">← {t('helpBlock.title')}</AdminLink></p>
      <h1 className="text-3xl font-bold text-brand-900">{t('helpBlock.editTitle', { language: name })}</h1>
      <Flash searchParams={await searchParams} />
      <EditMessages>
        <HelpBlockForm key={block?.version ?? 0} action={saveHelpBlockAction.bind(null, language)} initial={initial} lang={language} />
      </EditMessages>
      <section aria-labelledby="help-history-heading" className="space-y-3">
        <h2 id="help-history-heading" className="text-2xl font-bold text-brand-900">{t('helpBlock.history')}</h2>
        {history.length === 0 ? (
          <p>{t('history.empty')}</p>
        ) : (
          <ol aria-labelledby="help-history-heading" className="space-y-4">
            {history.map((e) => (
              <li key={e.id} className="space-y-2 rounded border border-gray-300 p-4">
                <h3 className="font-bold">
                  {t('history.by', { action: t(`enums.action.${e.action}` as 'enums.action.update'), who: e.userEmail ?? t('history.unknownUser') })} ·{' '}
                  <time dateTime={e.createdAt}>{format.dateTime(new Date(e.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
                  {e.version !== null && <> · {t('history.version', { version: e.version })}</>}
                </h3>
                <DiffTable
                  caption={t('history.changes')}
                  rows={e.changes.map((c) => ({ field: c.field, left: c.before, right: c.after }))}
                  leftLabel={t('history.before')}
                  rightLabel={t('history.after')}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
