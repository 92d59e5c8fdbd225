import { getFormatter, getTranslations } from 'next-intl/server';
import type { ListedMeasure } from '@/lib/data/measure-list';
import { compressWeek, formatMinutes, formatShortTime } from '@/lib/domain/opening-hours';

type Props = Pick<ListedMeasure, 'hoursStatus' | 'hoursPlaceholder' | 'openingHours' | 'exceptions'>;

/**
 * Opening hours in a few lines for the list and its printout: days with the same hours
 * together ("man–fre 08–15", lib/domain/opening-hours.ts compressWeek), then the next
 * changes. The measure's page has the full table.
 */
export async function CompactHours({ hoursStatus, hoursPlaceholder, openingHours, exceptions }: Props) {
  const t = await getTranslations('Hours');
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'Europe/Oslo' });
  const day = (weekday: number) => t(`weekdayShort.${weekday}` as 'weekdayShort.1');

  if (hoursStatus === 'UNKNOWN') return <p>{t('notKnown')}</p>;
  if (hoursStatus === 'ALWAYS_OPEN') return <p>{t('alwaysOpen')}</p>;
  if (hoursStatus === 'BY_APPOINTMENT' && openingHours.length === 0) return <p>{t('byAppointment')}</p>;
  return (
    <div>
      <ul>
        {compressWeek(openingHours).map(({ runs, windows }) => {
          const days = runs.map(([from, to]) => (from === to ? day(from) : t('dayRun', { from: day(from), to: day(to) }))).join(', ');
          const times = windows.map(
            (w) =>
              t('window', { opens: formatShortTime(w.opensAt), closes: formatShortTime(w.closesAt) }) +
              (w.validFrom && w.validTo ? ` (${t('season', { from: date(w.validFrom), to: date(w.validTo) })})` : ''),
          );
          return (
            <li key={days} data-hours-group="">
              {days} {format.list(times, { type: 'conjunction' })}
            </li>
          );
        })}
      </ul>
      {exceptions.slice(0, 3).map((e, i) => (
        <p key={i} className="text-sm">
          {e.startDate === e.endDate ? date(e.startDate) : `${date(e.startDate)} – ${date(e.endDate)}`}:{' '}
          {e.closed || e.opensAt === null || e.closesAt === null
            ? t('exceptionClosed')
            : t('window', { opens: formatMinutes(e.opensAt), closes: formatMinutes(e.closesAt) })}
          {e.note && <> ({e.note})</>}
        </p>
      ))}
      {hoursPlaceholder && <p className="text-sm text-warn-800">{t('placeholder')}</p>}
    </div>
  );
}
