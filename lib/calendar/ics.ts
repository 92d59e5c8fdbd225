// Writes planned events (lib/calendar/plan.ts) as an iCalendar file with ical-generator,
// and Europe/Oslo's VTIMEZONE from the tz database (@touch4it/ical-timezones). The
// calendar itself has no time zone of its own, so DTSTAMP and UNTIL come out in UTC as
// RFC 5545 asks, and every time of day carries TZID=Europe/Oslo.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator';
import { DateTime } from 'luxon';
import { OSLO, osloDateTime, planEvents, type CalendarSchedule, type LocalTime, type PlannedEvent } from './plan';

export interface CalendarMeasure extends CalendarSchedule {
  /** The name in the feed's language. */
  name: string;
  /** Where it happens, as one line; null when no place is known. */
  place: string | null;
  /** The measure's page in the feed's language. */
  url: string;
  hoursPlaceholder: boolean;
  version: number;
}

export interface CalendarTexts {
  /** The calendar's name, shown by calendar apps. */
  name: string;
  description: string;
  /** First line of each event's description when the hours are demo placeholders. */
  placeholder: string;
  /** First line of an override or a special day: the hours differ that day. */
  specialHours: string;
  /** Label before the link to the page. */
  moreInfo: string;
}

const WEEKDAYS = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU];
/** How often subscribed calendars are asked to fetch again (REFRESH-INTERVAL). */
const REFRESH_SECONDS = 6 * 60 * 60;

const at = (t: LocalTime) => osloDateTime(t);

function description(m: CalendarMeasure, event: PlannedEvent, texts: CalendarTexts): string {
  const lines: string[] = [];
  if (m.hoursPlaceholder) lines.push(texts.placeholder);
  if (event.kind === 'special' || (event.kind === 'override' && event.special)) {
    lines.push(event.note ? `${texts.specialHours}: ${event.note}` : texts.specialHours);
  }
  lines.push(`${texts.moreInfo}: ${m.url}`);
  return lines.join('\n');
}

/**
 * The feed of `measures`, in order. `now` only bounds the look-ahead for clock changes
 * (through the end of next year), so the same data makes the same file all year.
 */
export function writeCalendar(measures: CalendarMeasure[], texts: CalendarTexts, { uidHost, now = new Date() }: { uidHost: string; now?: Date }): string {
  const through = `${DateTime.fromJSDate(now, { zone: OSLO }).year + 1}-12-31`;
  const calendar = ical({
    prodId: { company: 'Ettervern Bergen', product: 'Calendar feeds', language: 'NO' },
    name: texts.name,
    description: texts.description,
    ttl: REFRESH_SECONDS,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const m of measures) {
    const stamp = new Date(m.updatedAt);
    for (const event of planEvents(m, { uidHost, through })) {
      calendar.createEvent({
        id: event.uid,
        sequence: m.version,
        stamp,
        lastModified: stamp,
        timezone: OSLO,
        start: at(event.start),
        end: at(event.end),
        summary: m.name,
        description: description(m, event, texts),
        location: m.place,
        url: m.url,
        status: m.hoursPlaceholder ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
        ...(event.kind === 'weekly' && {
          repeating: {
            freq: ICalEventRepeatingFreq.WEEKLY,
            byDay: event.days.map((d) => WEEKDAYS[d - 1]!),
            // UNTIL is the start of the season's last occurrence at the latest, in UTC.
            ...(event.until && { until: at({ date: event.until, minutes: 1439 }).toJSDate() }),
            ...(event.exdates.length > 0 && { exclude: event.exdates.map(at) }),
          },
        }),
        ...(event.kind === 'override' && { recurrenceId: at(event.recurrenceId) }),
      });
    }
  }
  return calendar.toString();
}
