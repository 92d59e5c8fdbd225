import { getFormatter, getTranslations } from 'next-intl/server';
import type { MeasureDetail } from '@/lib/data/measures';
import { formatMinutes, groupByWeekday } from '@/lib/domain/opening-hours';
import { osloToday } from '@/lib/domain/oslo-date';

type Props = Pick<MeasureDetail, 'hoursStatus' | 'hoursPlaceholder' | 'openingHours' | 'exceptions'>;

// The week's hours with today marked, then upcoming exceptions. Unknown hours say so
// plainly rather than showing an empty table that could be read as "closed".
export async function OpeningHours({ hoursStatus, hoursPlaceholder, openingHours, exceptions }: Props) {
  const t = await getTranslations('Hours');
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'Europe/Oslo' });
  const today = osloToday();

  if (hoursStatus === 'UNKNOWN') return <p>{t('notKnown')}</p>;
  if (hoursStatus === 'ALWAYS_OPEN') return <p>{t('alwaysOpen')}</p>;
  if (hoursStatus === 'BY_APPOINTMENT' && openingHours.length === 0) return <p>{t('byAppointment')}</p>;

  const days = groupByWeekday(openingHours);
  return (
    <div className="space-y-4">
      {hoursPlaceholder && (
        <p className="rounded border border-warn-800/30 bg-warn-50 p-2 text-sm text-warn-800">{t('placeholder')}</p>
      )}
      <table className="w-full max-w-md border-collapse text-left">
        <tbody>
          {[...days.entries()].map(([weekday, windows]) => {
            const isToday = weekday === today.weekday;
            return (
              <tr key={weekday} className={isToday ? 'bg-brand-50 font-semibold' : undefined} aria-current={isToday ? 'date' : undefined}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  <span className="capitalize">{t(`weekday.${weekday}`)}</span>
                  {isToday && <span className="ml-2 text-sm font-semibold">({t('today')})</span>}
                </th>
                <td className="py-1">
                  {windows.length === 0
                    ? t('closed')
                    : windows.map((w, i) => (
                        <span key={i} className="block">
                          {t('window', { opens: formatMinutes(w.opensAt), closes: formatMinutes(w.closesAt) })}
                          {w.validFrom && w.validTo && (
                            <span className="ml-2 text-sm text-muted">{t('season', { from: date(w.validFrom), to: date(w.validTo) })}</span>
                          )}
                        </span>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {exceptions.length > 0 && (
        <div>
          <h3 className="font-semibold">{t('exceptions')}</h3>
          <ul className="mt-1 list-disc pl-5">
            {exceptions.map((e, i) => (
              <li key={i}>
                {e.startDate === e.endDate ? date(e.startDate) : `${date(e.startDate)} – ${date(e.endDate)}`}:{' '}
                {e.closed || e.opensAt === null || e.closesAt === null
                  ? t('exceptionClosed')
                  : t('window', { opens: formatMinutes(e.opensAt), closes: formatMinutes(e.closesAt) })}
                {e.note && <> ({e.note})</>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
