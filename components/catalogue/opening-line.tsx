import { getTranslations } from 'next-intl/server';
import { formatMinutes, openingState, type Schedule } from '@/lib/domain/opening-hours';

/** "Åpent nå · stenger 21:00", "Neste: lørdag 12:00", "Åpningstider ikke oppgitt". */
export async function OpeningLine({ schedule, now }: { schedule: Schedule; now: Date }) {
  const t = await getTranslations('Catalogue.card');
  const tHours = await getTranslations('Hours');
  const state = openingState(schedule, now);
  let text: string;
  let open = false;
  switch (state.kind) {
    case 'open':
      text = t('openNow', { time: formatMinutes(state.closesAt) });
      open = true;
      break;
    case 'always':
      text = t('alwaysOpen');
      open = true;
      break;
    case 'next':
      text =
        state.daysAhead === 0
          ? t('opensToday', { time: formatMinutes(state.opensAt) })
          : state.daysAhead === 1
            ? t('opensTomorrow', { time: formatMinutes(state.opensAt) })
            : t('opensOn', { day: tHours(`weekday.${state.weekday}`), time: formatMinutes(state.opensAt) });
      break;
    case 'closed':
      text = t('noUpcoming');
      break;
    case 'appointment':
      text = t('byAppointment');
      break;
    default:
      text = t('hoursUnknown');
  }
  return (
    <p className={open ? 'font-semibold text-green-800' : 'text-muted'}>
      <span aria-hidden="true">{open ? '● ' : '○ '}</span>
      {text}
    </p>
  );
}
