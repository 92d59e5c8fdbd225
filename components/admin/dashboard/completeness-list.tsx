// The published measures missing most facts, each with what it lacks. The name opens the
// edit form at the first missing field (a plain link to the field's id, so it works without
// JavaScript). `requestSlot` puts a per-row action after the facts, e.g. asking the provider.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { inputId } from '@/components/forms/values';
import { adminPath } from '@/lib/auth/paths';
import type { CompletenessItem } from '@/lib/data/admin-completeness';

export function CompletenessList({
  locale,
  items,
  total,
  requestSlot,
}: {
  locale: string;
  items: CompletenessItem[];
  /** How many measures miss at least one fact (the list may show fewer). */
  total: number;
  requestSlot?: (item: CompletenessItem) => ReactNode;
}) {
  const t = useTranslations('Admin.completeness');
  if (items.length === 0) return <p className="mt-2 text-muted">{t('allComplete')}</p>;
  return (
    <>
      <h3 id="completeness-list-title" className="mt-4 text-lg font-bold">{t('listTitle')}</h3>
      <ol aria-labelledby="completeness-list-title" className="mt-2 divide-y divide-brand-100" data-testid="completeness-list">
        {items.map((item) => (
          <li key={item.id} className="py-2" data-testid="completeness-item">
            <Link href={`${adminPath(locale, `/admin/tiltak/${item.id}`)}#${inputId(item.firstField)}`}>{item.name}</Link>
            <span className="block text-sm text-muted">{item.providerName}</span>
            <span className="block text-sm">
              {t('missing', { count: item.missing.length, facts: item.missing.map((f) => t(`facts.${f}`)).join(', ') })}
            </span>
            <span className="block text-sm text-muted">{item.hasUpdatesContact ? t('hasContact') : t('noContact')}</span>
            {requestSlot?.(item)}
          </li>
        ))}
      </ol>
      {total > items.length && <p className="mt-2 text-sm text-muted">{t('showing', { shown: items.length, total })}</p>}
    </>
  );
}
