// Opening hours are stored as minutes after midnight, Europe/Oslo wall-clock time.
// These helpers turn them into text; they never depend on the server's own time zone.
import { addDays, osloToday } from './oslo-date';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyWindow {
  weekday: number;
  opensAt: number;
  closesAt: number;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The one rule for windows past midnight: a closing time at or before the opening time is
 * on the next day. Editors choose it explicitly ("ends the next day"), so stored windows
 * carry no flag; the catalogue's SQL (lib/data/catalogue.ts) applies the same rule.
 */
export const isOvernight = (w: { opensAt: number; closesAt: number }) => w.closesAt <= w.opensAt;

/** How long a window is open, in minutes. */
export const windowLength = (w: { opensAt: number; closesAt: number }) => w.closesAt - w.opensAt + (isOvernight(w) ? 1440 : 0);

/** Windows longer than this are rarely meant; an editor must confirm them. */
export const LONG_WINDOW_MINUTES = 16 * 60;

/** 630 → "10:30"; 1440 → "24:00". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "10:30" → 630; null for anything that is not a valid HH:MM time. */
export function parseClockTime(text: string): number | null {
  const match = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 1440 ? null : minutes;
}

/** The windows of each weekday, Monday first, each day's windows in time order. */
export function groupByWeekday<T extends WeeklyWindow>(windows: T[]): Map<Weekday, T[]> {
  const days = new Map<Weekday, T[]>(WEEKDAYS.map((d) => [d, []]));
  for (const w of windows) days.get(w.weekday as Weekday)?.push(w);
  for (const list of days.values()) list.sort((a, b) => a.opensAt - b.opensAt);
  return days;
}

export interface ExceptionWindow {
  startDate: string;
  endDate: string;
  closed: boolean;
  opensAt: number | null;
  closesAt: number | null;
}

export type HoursKind = 'UNKNOWN' | 'REGULAR' | 'BY_APPOINTMENT' | 'ALWAYS_OPEN';

export interface Schedule {
  hoursStatus: HoursKind;
  windows: WeeklyWindow[];
  exceptions: ExceptionWindow[];
}

/** Where a measure stands at a moment: what a result card says about its hours. */
export type OpeningState =
  | { kind: 'unknown' }
  | { kind: 'appointment' }
  | { kind: 'always' }
  | { kind: 'open'; closesAt: number }
  | { kind: 'next'; daysAhead: number; weekday: Weekday; opensAt: number }
  | { kind: 'closed' };

const weekdayAfter = (weekday: Weekday, days: number) => ((((weekday - 1 + days) % 7) + 7) % 7) + 1 as Weekday;
const inRange = (date: string, from: string | null, to: string | null) => (!from || from <= date) && (!to || date <= to);

/** The windows that apply on a date: an exception replaces the weekly hours (the calendar feeds' tests compare with it). */
export function windowsOn(schedule: Schedule, date: string, weekday: Weekday): { opensAt: number; closesAt: number }[] {
  const exception = schedule.exceptions.find((e) => e.startDate <= date && date <= e.endDate);
  if (exception) {
    return exception.closed || exception.opensAt === null || exception.closesAt === null
      ? []
      : [{ opensAt: exception.opensAt, closesAt: exception.closesAt }];
  }
  return schedule.windows
    .filter((w) => w.weekday === weekday && inRange(date, w.validFrom, w.validTo))
    .sort((a, b) => a.opensAt - b.opensAt);
}

function closedByException(schedule: Schedule, date: string) {
  return schedule.exceptions.some((e) => e.startDate <= date && date <= e.endDate && e.closed);
}

/**
 * Open now, and until when; otherwise the next opening within a week. Same rules as the
 * catalogue's "open now" filter in SQL (lib/data/catalogue.ts); a test keeps them equal.
 */
export function openingState(schedule: Schedule, now = new Date()): OpeningState {
  const { weekday, date, minutes } = osloToday(now);
  if (schedule.hoursStatus === 'UNKNOWN') return { kind: 'unknown' };
  if (schedule.hoursStatus === 'ALWAYS_OPEN') return closedByException(schedule, date) ? { kind: 'closed' } : { kind: 'always' };
  const weekly = schedule.hoursStatus === 'REGULAR' || schedule.windows.length > 0;
  if (!weekly) return { kind: 'appointment' };

  // A window from yesterday that runs past midnight may still be open.
  const yesterday = windowsOn(schedule, addDays(date, -1), weekdayAfter(weekday, -1));
  const lateWindow = yesterday.find((w) => isOvernight(w) && minutes < w.closesAt);
  if (lateWindow) return { kind: 'open', closesAt: lateWindow.closesAt };
  for (const w of windowsOn(schedule, date, weekday)) {
    if (w.opensAt <= minutes && (minutes < w.closesAt || isOvernight(w))) return { kind: 'open', closesAt: w.closesAt };
  }
  for (let days = 0; days <= 7; days++) {
    const day = weekdayAfter(weekday, days);
    const next = windowsOn(schedule, addDays(date, days), day).find((w) => days > 0 || w.opensAt > minutes);
    if (next) return { kind: 'next', daysAhead: days, weekday: day, opensAt: next.opensAt };
  }
  return schedule.hoursStatus === 'BY_APPOINTMENT' ? { kind: 'appointment' } : { kind: 'closed' };
}

/** Days with the same hours, e.g. Monday to Friday 08–15: `runs` are consecutive days, [from, to]. */
export interface DayGroup<T> {
  runs: [Weekday, Weekday][];
  windows: T[];
}

const windowKey = (w: WeeklyWindow) => `${w.opensAt}-${w.closesAt}-${w.validFrom ?? ''}-${w.validTo ?? ''}`;

/**
 * The week in as few lines as it takes ("man–fre 08–15, lør 11–15"): the days with the very
 * same windows (seasons included) go together, as runs of consecutive days; closed days are
 * left out. Groups are ordered by their first day.
 */
export function compressWeek<T extends WeeklyWindow>(windows: T[]): DayGroup<T>[] {
  const groups = new Map<string, { days: Weekday[]; windows: T[] }>();
  for (const [weekday, list] of groupByWeekday(windows)) {
    if (list.length === 0) continue;
    const key = list.map(windowKey).join('|');
    const group = groups.get(key);
    if (group) group.days.push(weekday);
    else groups.set(key, { days: [weekday], windows: list });
  }
  return [...groups.values()].map(({ days, windows: list }) => {
    const runs: [Weekday, Weekday][] = [];
    for (const day of days) {
      const last = runs.at(-1);
      if (last && last[1] === day - 1) last[1] = day;
      else runs.push([day, day]);
    }
    return { runs, windows: list };
  });
}

/** A time as short as it reads clearly: 480 → "08", 510 → "08:30". */
export function formatShortTime(minutes: number): string {
  const full = formatMinutes(minutes);
  return full.endsWith(':00') ? full.slice(0, 2) : full;
}
