// How a measure's opening hours become calendar events: the rules, without any iCalendar
// syntax (lib/calendar/ics.ts writes them). Times stay Oslo wall-clock times, as the hours
// are stored and as the detail page shows them (lib/domain/opening-hours.ts).
//
// - Windows with the same times and season make one weekly event over their weekdays.
// - A window past midnight ends on the next day (isOvernight).
// - A season (validFrom/validTo) bounds the event: it starts on the season's first matching
//   day and repeats until its last day. Without a season the event starts in the week the
//   measure was last changed: earlier weeks are not known to have had these hours.
// - Exceptions replace the weekly hours on their dates, as on the page: a closed day is an
//   EXDATE; special hours move that day's first occurrence (RECURRENCE-ID) and drop the rest,
//   or, on a day with no weekly window, are an event of their own.
// - An occurrence that spans a clock change keeps the page's wall-clock closing time: the
//   repeating event's length is an exact duration (RFC 5545 3.8.5.3), so such nights get
//   an override saying so.
import { DateTime } from 'luxon';
import { addDays } from '@/lib/domain/oslo-date';
import { isOvernight, type ExceptionWindow, type HoursKind, type Weekday, type WeeklyWindow } from '@/lib/domain/opening-hours';

export const OSLO = 'Europe/Oslo';
/** One exception covers at most this many days in the feed (editors' ranges are far shorter). */
const MAX_EXCEPTION_DAYS = 400;

export interface CalendarSchedule {
  slug: string;
  hoursStatus: HoursKind;
  openingHours: WeeklyWindow[];
  exceptions: (ExceptionWindow & { note?: string | null })[];
  /** ISO timestamp of the measure's last change. */
  updatedAt: string;
}

/** A wall-clock time in Oslo; `minutes` may be 1440 (24:00, the next day's midnight). */
export interface LocalTime {
  date: string;
  minutes: number;
}

interface EventBase {
  uid: string;
  start: LocalTime;
  end: LocalTime;
}
export type PlannedEvent =
  | (EventBase & { kind: 'weekly'; days: Weekday[]; until: string | null; exdates: LocalTime[] })
  /** `special`: the day's hours differ (an exception); otherwise only the clock changes that night. */
  | (EventBase & { kind: 'override'; recurrenceId: LocalTime; special: boolean; note: string | null })
  | (EventBase & { kind: 'special'; note: string | null });

/** Measures whose weekly hours are known: only these get a feed. */
export const hasWeeklyHours = (s: Pick<CalendarSchedule, 'hoursStatus' | 'openingHours'>) =>
  s.hoursStatus === 'REGULAR' && s.openingHours.length > 0;

export const weekdayOf = (date: string) => (((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1) as Weekday;
const osloDay = (iso: string) => DateTime.fromISO(iso, { zone: OSLO }).toISODate()!;
const mondayOf = (date: string) => addDays(date, 1 - weekdayOf(date));

/** The wall-clock time as a moment in Oslo (24:00 is the next day's 00:00). */
export function osloDateTime({ date, minutes }: LocalTime): DateTime {
  const day = minutes >= 1440 ? addDays(date, 1) : date;
  const m = minutes % 1440;
  return DateTime.fromISO(day, { zone: OSLO }).set({ hour: Math.floor(m / 60), minute: m % 60 });
}

/** Start and end of a window opening on `date`. */
function occurrenceTimes(date: string, w: { opensAt: number; closesAt: number }): { start: LocalTime; end: LocalTime } {
  return { start: { date, minutes: w.opensAt }, end: { date: isOvernight(w) ? addDays(date, 1) : date, minutes: w.closesAt } };
}

interface Series {
  uid: string;
  opensAt: number;
  closesAt: number;
  days: Weekday[];
  first: string;
  until: string | null;
  exdates: LocalTime[];
}

function weeklySeries(s: CalendarSchedule, uidHost: string): Series[] {
  const groups = new Map<string, { w: WeeklyWindow; days: Weekday[] }>();
  for (const w of s.openingHours) {
    const key = `${w.opensAt}-${w.closesAt}-${w.validFrom ?? ''}-${w.validTo ?? ''}`;
    const group = groups.get(key) ?? groups.set(key, { w, days: [] }).get(key)!;
    if (!group.days.includes(w.weekday as Weekday)) group.days.push(w.weekday as Weekday);
  }
  const anchor = mondayOf(osloDay(s.updatedAt));
  const series: Series[] = [];
  for (const [key, { w, days }] of groups) {
    days.sort((a, b) => a - b);
    let first = w.validFrom ?? anchor;
    while (!days.includes(weekdayOf(first))) first = addDays(first, 1);
    if (w.validTo && first > w.validTo) continue;
    series.push({ uid: `${s.slug}-${key.replace(/-+$/, '')}@${uidHost}`, opensAt: w.opensAt, closesAt: w.closesAt, days, first, until: w.validTo, exdates: [] });
  }
  return series.sort((a, b) => a.opensAt - b.opensAt || a.first.localeCompare(b.first));
}

const occursOn = (x: Series, date: string) => date >= x.first && (!x.until || date <= x.until) && x.days.includes(weekdayOf(date));

/** The exception that applies on each date (the first one covering it, as on the page). */
function exceptionDays(exceptions: CalendarSchedule['exceptions']): Map<string, CalendarSchedule['exceptions'][number]> {
  const days = new Map<string, CalendarSchedule['exceptions'][number]>();
  const sorted = [...exceptions].sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (const e of sorted) {
    for (let d = e.startDate, n = 0; d <= e.endDate && n < MAX_EXCEPTION_DAYS; d = addDays(d, 1), n++) {
      if (!days.has(d)) days.set(d, e);
    }
  }
  return days;
}

/** The last Sundays of March and October (Europe's clock changes) from `fromYear` to `toYear`. */
export function clockChangeSundays(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const month of [3, 10]) {
      const last = DateTime.fromObject({ year, month }, { zone: 'UTC' }).endOf('month');
      out.push(last.minus({ days: last.weekday % 7 }).toISODate()!);
    }
  }
  return out;
}

const lengthInMinutes = (t: { start: LocalTime; end: LocalTime }) => osloDateTime(t.end).diff(osloDateTime(t.start), 'minutes').minutes;

/**
 * The events of one measure. `through` (a date) bounds the look-ahead for clock changes;
 * the feed passes the end of next year, so a feed changes at most once a year on its own.
 */
export function planEvents(s: CalendarSchedule, { uidHost, through }: { uidHost: string; through: string }): PlannedEvent[] {
  if (!hasWeeklyHours(s)) return [];
  const series = weeklySeries(s, uidHost);
  const events: PlannedEvent[] = [];
  const exceptions = exceptionDays(s.exceptions);
  const earliest = series.reduce((min, x) => (x.first < min ? x.first : min), through);

  for (const [date, e] of exceptions) {
    const on = series.filter((x) => occursOn(x, date));
    const special = e.closed || e.opensAt === null || e.closesAt === null ? null : { opensAt: e.opensAt, closesAt: e.closesAt };
    if (special && on.length === 0) {
      if (date >= earliest) events.push({ kind: 'special', uid: `${s.slug}-${date}@${uidHost}`, note: e.note ?? null, ...occurrenceTimes(date, special) });
      continue;
    }
    on.forEach((x, i) => {
      if (special && i === 0) {
        events.push({ kind: 'override', uid: x.uid, recurrenceId: { date, minutes: x.opensAt }, special: true, note: e.note ?? null, ...occurrenceTimes(date, special) });
      } else {
        x.exdates.push({ date, minutes: x.opensAt });
      }
    });
  }

  // Occurrences starting on a clock change's Saturday or Sunday may span it.
  for (const sunday of clockChangeSundays(Number(earliest.slice(0, 4)), Number(through.slice(0, 4)))) {
    for (const date of [addDays(sunday, -1), sunday]) {
      if (exceptions.has(date)) continue;
      for (const x of series.filter((y) => occursOn(y, date))) {
        const times = occurrenceTimes(date, x);
        const base = occurrenceTimes(x.first, x);
        if (lengthInMinutes(times) !== lengthInMinutes(base)) {
          events.push({ kind: 'override', uid: x.uid, recurrenceId: times.start, special: false, note: null, ...times });
        }
      }
    }
  }

  const weekly: PlannedEvent[] = series.map((x) => ({
    kind: 'weekly',
    uid: x.uid,
    days: x.days,
    until: x.until,
    exdates: x.exdates.sort((a, b) => a.date.localeCompare(b.date)),
    ...occurrenceTimes(x.first, x),
  }));
  const order = (e: PlannedEvent) => `${e.uid} ${e.kind === 'weekly' ? '' : e.start.date}`;
  return [...weekly, ...events].sort((a, b) => order(a).localeCompare(order(b)));
}
