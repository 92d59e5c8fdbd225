// "Today" and "now" in Bergen, whatever time zone the server runs in. The one way to get
// today's date: between 00:00 and 02:00 in Oslo the UTC date is still yesterday's.
// Calendar dates are stored as date columns, which Prisma hands over as midnight UTC.
import type { Weekday } from './opening-hours';

// Building an Intl.DateTimeFormat costs far more than using one, and a results page asks
// for the time once per card: make it once.
const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today's ISO weekday, date and minutes after midnight in Oslo. */
export function osloToday(now = new Date()): { weekday: Weekday; date: string; minutes: number } {
  const parts = Object.fromEntries(osloParts.formatToParts(now).map((p) => [p.type, p.value]));
  const weekday = (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1) as Weekday;
  return {
    weekday,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Today's date in Oslo, YYYY-MM-DD. */
export const osloDate = (now = new Date()) => osloToday(now).date;

/** A date column's value as YYYY-MM-DD. */
export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** YYYY-MM-DD as the value of a date column (midnight UTC). */
export const dateColumn = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** The date `days` after (or before) an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day `months` earlier or later; the month's last day where it has no such day (31 Aug − 6 = 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}
