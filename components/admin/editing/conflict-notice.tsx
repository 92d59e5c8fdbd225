'use client';
import { useTranslations } from 'next-intl';
import type { Conflict } from '@/lib/services/types';
import { DiffTable } from './diff-table';

/** What someone else saved meanwhile, beside what this user sent; the form below keeps theirs. */
export function ConflictNotice({ conflict, names }: { conflict: Conflict; names?: Record<string, string> }) {
  const t = useTranslations('AdminEdit');
  return (
    <section aria-labelledby="conflict-heading" className="space-y-3 rounded border-2 border-warn-800 bg-warn-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-bold text-warn-800">{t('conflict.title')}</h2>
      <p>{t('conflict.intro')}</p>
      <DiffTable
        caption={t('conflict.title')}
        rows={conflict.changes.map((c) => ({ field: c.field, left: c.theirs, right: c.yours }))}
        leftLabel={t('conflict.theirs')}
        rightLabel={t('conflict.yours')}
        names={names}
      />
      <p className="text-sm">{t('conflict.resubmit', { version: conflict.currentVersion })}</p>
    </section>
  );
}
