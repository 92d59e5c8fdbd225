// The calendar feed read back by a real iCalendar parser (ical.js, with the feed's own
// VTIMEZONE), week by week: the occurrences must be exactly the hours the measure's page
// shows for those dates (windowsOn, the rule the page and "open now" use), at the right
// instants, through both clock changes and a Christmas with closed days and special hours.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { writeCalendar, type CalendarMeasure } from '@/lib/calendar/ics';
import { clockChangeSundays, planEvents, weekdayOf } from '@/lib/calendar/plan';
import { formatMinutes, isOvernight, windowsOn, type Schedule } from '@/lib/domain/opening-hours';
import { addDays } from '@/lib/domain/oslo-date';
import { parseFeed } from '../helpers/ical';

const TEXTS = { name: 'Test', description: 'Timer', placeholder: 'Eksempeltider', specialHours: 'Andre tider', moreInfo: 'Mer' };
const NOW = new Date('2026-12-01T09:00:00Z');
const w = (weekday: number, opensAt: number, closesAt: number, validFrom: string | null = null, validTo: string | null = null) => ({
  weekday, opensAt, closesAt, validFrom, validTo,
});
const closed = (startDate: string, endDate = startDate) => ({ startDate, endDate, closed: true, opensAt: null, closesAt: null, note: null });
const special = (date: string, opensAt: number, closesAt: number, note: string | null = null) => ({ startDate: date, endDate: date, closed: false, opensAt, closesAt, note });

const cafe: CalendarMeasure = {
  slug: 'kveldskafe',
  name: 'Kveldskafé',
  place: 'Kafé, Strandgaten 1, 5013 Bergen',
  url: 'https://ettervern.example/tiltak/kveldskafe',
  hoursPlaceholder: false,
  version: 4,
  hoursStatus: 'REGULAR',
  updatedAt: '2026-11-20T10:00:00.000Z',
  openingHours: [
    // Monday to Thursday evenings, a Saturday night past midnight (over both clock changes),
    // a Sunday window across the change itself, and a summer season on Wednesdays.
    w(1, 1080, 1260), w(2, 1080, 1260), w(3, 1080, 1260), w(4, 1080, 1260),
    w(6, 1320, 240),
    w(7, 60, 300),
    w(3, 600, 720, '2027-03-01', '2027-11-15'),
  ],
  exceptions: [
    closed('2027-12-24', '2027-12-26'),
    special('2027-12-23', 720, 960, 'Juleavslutning'),
    special('2027-12-31', 600, 840, 'Nyttårsaften'),
  ],
};

/** What the page shows for each date: the windows that apply, opening that day, as wall-clock text. */
function pageTimes(m: CalendarMeasure, from: string, to: string): { start: string; end: string }[] {
  const schedule: Schedule = { hoursStatus: m.hoursStatus, windows: m.openingHours, exceptions: m.exceptions };
  const out = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    for (const win of windowsOn(schedule, date, weekdayOf(date))) {
      out.push({ start: `${date} ${formatMinutes(win.opensAt)}`, end: `${isOvernight(win) ? addDays(date, 1) : date} ${formatMinutes(win.closesAt)}` });
    }
  }
  return out;
}

/** The instant of an Oslo wall-clock text, for times that exist once on that day. */
const instant = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: 'Europe/Oslo' }).toUTC().toISO({ suppressMilliseconds: true })!;
const utc = (iso: string) => new Date(iso).toISOString().replace('.000Z', 'Z');

function expectSameWeek(m: CalendarMeasure, from: string, to: string) {
  const feed = parseFeed(writeCalendar([m], TEXTS, { uidHost: 'ettervern.example', now: NOW }));
  const got = feed.occurrences(from, to);
  const expected = pageTimes(m, from, to);
  expect(got.map(({ start, end }) => ({ start, end }))).toEqual(expected);
  // The instants too: a calendar app in another time zone shows the same moments.
  expect(got.map((o) => [utc(o.startUtc), utc(o.endUtc)])).toEqual(expected.map((e) => [utc(instant(e.start)), utc(instant(e.end))]));
  return got;
}

describe('a calendar feed read by ical.js', () => {
  const [spring2027, autumn2027] = clockChangeSundays(2027, 2027) as [string, string];

  it('knows when the clocks change', () => {
    expect(clockChangeSundays(2027, 2028)).toEqual(['2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29']);
  });

  it('repeats each weekly window in an ordinary week, with the season once it has begun', () => {
    const got = expectSameWeek(cafe, '2027-01-11', '2027-01-17');
    expect(got).toHaveLength(6);
    expect(expectSameWeek(cafe, '2027-05-10', '2027-05-16')).toHaveLength(7);
    expect(got.every((o) => o.summary === 'Kveldskafé' && o.description.includes('https://ettervern.example/tiltak/kveldskafe'))).toBe(true);
  });

  it('keeps the page\'s times through the spring clock change', () => {
    const got = expectSameWeek(cafe, addDays(spring2027, -6), spring2027);
    // Saturday night into the short Sunday: 22:00 CET to 04:00 CEST is five hours, not six.
    expect(got.find((o) => o.start === '2027-03-27 22:00')).toMatchObject({ end: '2027-03-28 04:00', startUtc: '2027-03-27T21:00:00.000Z', endUtc: '2027-03-28T02:00:00.000Z' });
    expect(got.find((o) => o.start === '2027-03-28 01:00')).toMatchObject({ end: '2027-03-28 05:00' });
  });

  it('keeps the page\'s times through the autumn clock change', () => {
    const got = expectSameWeek(cafe, addDays(autumn2027, -6), autumn2027);
    expect(got.find((o) => o.start === '2027-10-30 22:00')).toMatchObject({ end: '2027-10-31 04:00', startUtc: '2027-10-30T20:00:00.000Z', endUtc: '2027-10-31T03:00:00.000Z' });
    expect(got.find((o) => o.start === '2027-10-31 01:00')).toMatchObject({ end: '2027-10-31 05:00' });
  });

  it('ends a season on its last day', () => {
    expect(expectSameWeek(cafe, '2027-11-15', '2027-11-21').some((o) => o.start.endsWith('10:00'))).toBe(false);
    expect(expectSameWeek(cafe, '2027-11-08', '2027-11-14').filter((o) => o.start.endsWith('10:00'))).toHaveLength(1);
  });

  it('leaves out closed days at Christmas and shows special hours, also on a day with no weekly hours', () => {
    const got = expectSameWeek(cafe, '2027-12-20', '2028-01-02');
    expect(got.find((o) => o.start.startsWith('2027-12-23'))).toMatchObject({ start: '2027-12-23 12:00', end: '2027-12-23 16:00' });
    expect(got.find((o) => o.start.startsWith('2027-12-23'))!.description).toContain('Andre tider: Juleavslutning');
    expect(got.some((o) => o.start >= '2027-12-24' && o.start < '2027-12-27')).toBe(false);
    expect(got.find((o) => o.start.startsWith('2027-12-31'))).toMatchObject({ start: '2027-12-31 10:00', end: '2027-12-31 14:00' });
  });

  it('writes RRULE, TZID with a VTIMEZONE, EXDATE, RECURRENCE-ID and UNTIL in UTC', () => {
    const text = writeCalendar([cafe], TEXTS, { uidHost: 'ettervern.example', now: NOW });
    const feed = parseFeed(text);
    expect(feed.calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Oslo']);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20270303T100000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;UNTIL=20271115T225900Z;BYDAY=WE');
    expect(text).toContain('EXDATE;TZID=Europe/Oslo:20271225T220000');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Oslo:20271223T180000');
    expect(text).toContain('URL;VALUE=URI:https://ettervern.example/tiltak/kveldskafe');
    expect(text).toContain('LOCATION:Kafé\\, Strandgaten 1\\, 5013 Bergen');
    expect(text).not.toMatch(/DTSTAMP:\d{8}T\d{6}\r/);
  });

  it('says the wall-clock end of a night that spans a clock change, as the series\' length is an exact duration (RFC 5545 3.8.5.3)', () => {
    const overrides = planEvents(cafe, { uidHost: 'h', through: '2027-12-31' }).filter((e) => e.kind === 'override' && !e.special);
    expect(overrides.map((e) => [e.start.date, e.end.date, e.end.minutes]).sort()).toEqual([
      // 2026's changes are before the series starts; each 2027 change moves two occurrences.
      ['2027-03-27', '2027-03-28', 240], ['2027-03-28', '2027-03-28', 300],
      ['2027-10-30', '2027-10-31', 240], ['2027-10-31', '2027-10-31', 300],
    ].sort());
    const text = writeCalendar([cafe], TEXTS, { uidHost: 'h', now: NOW });
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Oslo:20271030T220000\r\n');
    expect(text).toMatch(/DTSTART;TZID=Europe\/Oslo:20271030T220000\r\nDTEND;TZID=Europe\/Oslo:20271031T040000\r\n/);
  });

  it('gives stable UIDs: the same hours make the same file, an edit keeps the series\' UIDs', () => {
    const a = writeCalendar([cafe], TEXTS, { uidHost: 'ettervern.example', now: NOW });
    expect(writeCalendar([cafe], TEXTS, { uidHost: 'ettervern.example', now: NOW })).toBe(a);
    const uids = (m: CalendarMeasure) => new Set(planEvents(m, { uidHost: 'h', through: '2027-12-31' }).map((e) => e.uid));
    const edited = { ...cafe, updatedAt: '2027-01-05T10:00:00.000Z', exceptions: [] };
    expect([...uids(edited)].every((uid) => uids(cafe).has(uid))).toBe(true);
  });

  it('marks placeholder hours as tentative, in the description too', () => {
    const feed = parseFeed(writeCalendar([{ ...cafe, hoursPlaceholder: true }], TEXTS, { uidHost: 'h', now: NOW }));
    expect(feed.events.every((e) => e.getFirstPropertyValue('status') === 'TENTATIVE')).toBe(true);
    expect(feed.occurrences('2027-01-11', '2027-01-17').every((o) => o.description.startsWith('Eksempeltider\n'))).toBe(true);
  });

  it('has no events for a measure without weekly hours', () => {
    expect(planEvents({ ...cafe, hoursStatus: 'BY_APPOINTMENT' }, { uidHost: 'h', through: '2027-12-31' })).toEqual([]);
    expect(planEvents({ ...cafe, openingHours: [] }, { uidHost: 'h', through: '2027-12-31' })).toEqual([]);
  });
});
