import { getLocale, getTranslations } from 'next-intl/server';
import { getHelpBlock } from '@/lib/data/help-block';
import { toLocale } from '@/lib/i18n/routing';

/** "116 117" → "tel:116117": what a phone dials, whatever spacing the editor wrote. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}

/**
 * "Trenger du hjelp nå?": the urgent numbers and who helps you get started, as the editors
 * wrote them for this language. A cached read (tag "help"), so the pages that show it stay
 * cached; nothing is shown until a block is saved.
 */
export async function HelpBlock() {
  const locale = toLocale(await getLocale());
  const [block, t] = await Promise.all([getHelpBlock(locale), getTranslations('HelpBlock')]);
  if (!block || block.entries.length === 0) return null;
  return (
    <aside aria-labelledby="help-block-heading" className="help-block rounded-lg border-2 border-brand-700 bg-brand-50 p-4 print:hidden">
      <h2 id="help-block-heading" className="text-xl font-bold text-brand-900">{block.heading}</h2>
      {block.intro && <p className="mt-1">{block.intro}</p>}
      <ul className="mt-3 space-y-2">
        {block.entries.map((entry, i) => (
          <li key={i}>
            {entry.phone ? (
              <>
                <span>{entry.label}: </span>
                <a href={telHref(entry.phone)} className="inline-block min-h-6 text-lg font-bold whitespace-nowrap">
                  {entry.phone}
                </a>
                {entry.href && (
                  <>
                    {' · '}
                    <a href={entry.href}>{t('more')}</a>
                  </>
                )}
              </>
            ) : (
              <a href={entry.href!} className="font-semibold">{entry.label}</a>
            )}
            {entry.placeholder && <span className="ml-2 text-sm text-warn-800">({t('placeholder')})</span>}
          </li>
        ))}
      </ul>
    </aside>
  );
}
