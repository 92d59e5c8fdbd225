import { getTranslations } from 'next-intl/server';
import { webcalUrl } from '@/lib/calendar/urls';
import { MAX_CALENDAR_MEASURES } from '@/lib/validation/api-query';

/**
 * "Legg i kalenderen": a subscription (webcal:) and a download of the same feed, as plain
 * links that work without JavaScript. One small section under the hours or the results.
 */
export async function CalendarLinks({ feed, kind, level = 2 }: { feed: string; kind: 'measure' | 'search' | 'list'; level?: 2 | 3 }) {
  const t = await getTranslations('Calendar');
  const intro = kind === 'measure' ? t('measureIntro') : kind === 'search' ? t('searchIntro', { max: MAX_CALENDAR_MEASURES }) : t('listIntro');
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="calendar-heading" className="space-y-1 print:hidden">
      <Heading id="calendar-heading" className="font-semibold">{t('heading')}</Heading>
      <p className="text-sm text-muted">{intro}</p>
      <ul className="flex flex-wrap gap-x-6">
        <li>
          <a href={webcalUrl(feed)} className="inline-flex min-h-11 items-center">{t('subscribe')}</a>
        </li>
        <li>
          <a href={feed} download className="inline-flex min-h-11 items-center">{t('download')}</a>
        </li>
      </ul>
    </section>
  );
}
