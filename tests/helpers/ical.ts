// Reads a calendar feed as a calendar app would, with ical.js: registers the file's own
// VTIMEZONE, ties overrides (RECURRENCE-ID) to their series, and expands every event's
// occurrences in a date range. Times come back as instants (UTC ISO) and as Oslo wall-clock
// text, to compare with what the measure's page shows.
import ICAL from 'ical.js';
import { DateTime } from 'luxon';

export interface Occurrence {
  uid: string;
  summary: string;
  /** Oslo wall clock, "2027-03-27 22:00". */
  start: string;
  end: string;
  startUtc: string;
  endUtc: string;
  description: string;
}

export interface ParsedFeed {
  calendar: ICAL.Component;
  events: ICAL.Component[];
  /** Occurrences starting on Oslo dates from `from` to `to` (inclusive), in time order. */
  occurrences(from: string, to: string): Occurrence[];
}

const wall = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Oslo' }).toFormat('yyyy-MM-dd HH:mm');

export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent');
  const masters = new Map<string, ICAL.Event>();
  const singles: ICAL.Event[] = [];
  for (const component of events.filter((e) => !e.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(component);
    if (event.isRecurring()) masters.set(event.uid, event);
    else singles.push(event);
  }
  for (const component of events.filter((e) => e.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(component);
    const master = masters.get(event.uid);
    if (!master) throw new Error(`override without its series: ${event.uid}`);
    master.relateException(event);
  }

  function occurrences(from: string, to: string): Occurrence[] {
    const start = DateTime.fromISO(from, { zone: 'Europe/Oslo' }).toJSDate();
    const end = DateTime.fromISO(to, { zone: 'Europe/Oslo' }).plus({ days: 1 }).toJSDate();
    const out: Occurrence[] = [];
    const add = (event: ICAL.Event, s: ICAL.Time, e: ICAL.Time) => {
      const startDate = s.toJSDate();
      if (startDate < start || startDate >= end) return;
      out.push({
        uid: event.uid,
        summary: event.summary,
        start: wall(startDate),
        end: wall(e.toJSDate()),
        startUtc: startDate.toISOString(),
        endUtc: e.toJSDate().toISOString(),
        description: event.description,
      });
    };
    for (const event of singles) add(event, event.startDate, event.endDate);
    for (const master of masters.values()) {
      const iterator = master.iterator();
      for (let next = iterator.next(); next && next.toJSDate() < end; next = iterator.next()) {
        const details = master.getOccurrenceDetails(next);
        add(details.item, details.startDate, details.endDate);
      }
    }
    return out.sort((a, b) => a.startUtc.localeCompare(b.startUtc) || a.uid.localeCompare(b.uid));
  }

  return { calendar, events, occurrences };
}
