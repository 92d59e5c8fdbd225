// Opening hours are stored as minutes after midnight, Europe/Oslo wall-clock time.
// These helpers turn them into text; they never depend on the server's own time zone.

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyWindow {
  weekday: number;
  opensAt: number;
  closesAt: number;
  validFrom: string | null;
  validTo: string | null;
}

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

/** Today's ISO weekday and date in Oslo, whatever time zone the server runs in. */
export function osloToday(now = new Date()): { weekday: Weekday; date: string; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const weekday = (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1) as Weekday;
  return {
    weekday,
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
