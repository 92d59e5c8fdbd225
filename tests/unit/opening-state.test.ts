import { describe, expect, it } from 'vitest';
import { openingState, type Schedule } from '@/lib/domain/opening-hours';

const w = (weekday: number, opensAt: number, closesAt: number, validFrom: string | null = null, validTo: string | null = null) => ({
  weekday, opensAt, closesAt, validFrom, validTo,
});
// Times in Oslo: 2026-11-23 is a Monday, UTC+1 in winter.
const oslo = (local: string) => new Date(`${local}+01:00`);

describe('openingState', () => {
  const weekdays: Schedule = {
    hoursStatus: 'REGULAR',
    windows: [w(1, 600, 900), w(1, 1080, 1260), w(3, 600, 900), w(6, 720, 960)],
    exceptions: [],
  };

  it('is open inside a window, with its closing time', () => {
    expect(openingState(weekdays, oslo('2026-11-23T10:00:00'))).toEqual({ kind: 'open', closesAt: 900 });
    expect(openingState(weekdays, oslo('2026-11-23T20:59:00'))).toEqual({ kind: 'open', closesAt: 1260 });
  });

  it('points to the next opening later today, later this week, or next week', () => {
    expect(openingState(weekdays, oslo('2026-11-23T16:00:00'))).toEqual({ kind: 'next', daysAhead: 0, weekday: 1, opensAt: 1080 });
    expect(openingState(weekdays, oslo('2026-11-23T21:00:00'))).toEqual({ kind: 'next', daysAhead: 2, weekday: 3, opensAt: 600 });
    expect(openingState(weekdays, oslo('2026-11-28T17:00:00'))).toEqual({ kind: 'next', daysAhead: 2, weekday: 1, opensAt: 600 });
  });

  it('honours exceptions: closed days and special hours', () => {
    const withExceptions: Schedule = {
      ...weekdays,
      exceptions: [
        { startDate: '2026-11-23', endDate: '2026-11-23', closed: true, opensAt: null, closesAt: null },
        { startDate: '2026-11-25', endDate: '2026-11-25', closed: false, opensAt: 1200, closesAt: 1320 },
      ],
    };
    expect(openingState(withExceptions, oslo('2026-11-23T10:00:00'))).toEqual({ kind: 'next', daysAhead: 2, weekday: 3, opensAt: 1200 });
    expect(openingState(withExceptions, oslo('2026-11-25T10:00:00'))).toEqual({ kind: 'next', daysAhead: 0, weekday: 3, opensAt: 1200 });
    expect(openingState(withExceptions, oslo('2026-11-25T20:30:00'))).toEqual({ kind: 'open', closesAt: 1320 });
  });

  it('handles windows past midnight and seasons', () => {
    const night: Schedule = { hoursStatus: 'REGULAR', windows: [w(5, 1320, 180)], exceptions: [] };
    expect(openingState(night, oslo('2026-11-27T23:30:00'))).toEqual({ kind: 'open', closesAt: 180 });
    expect(openingState(night, oslo('2026-11-28T02:00:00'))).toEqual({ kind: 'open', closesAt: 180 });
    expect(openingState(night, oslo('2026-11-28T03:00:00')).kind).toBe('next');
    const summer: Schedule = { hoursStatus: 'REGULAR', windows: [w(1, 600, 900, '2026-06-01', '2026-08-31')], exceptions: [] };
    expect(openingState(summer, oslo('2026-11-23T10:00:00'))).toEqual({ kind: 'closed' });
  });

  it('never guesses when hours are unknown, by appointment or always open', () => {
    expect(openingState({ hoursStatus: 'UNKNOWN', windows: [], exceptions: [] })).toEqual({ kind: 'unknown' });
    expect(openingState({ hoursStatus: 'BY_APPOINTMENT', windows: [], exceptions: [] })).toEqual({ kind: 'appointment' });
    expect(openingState({ hoursStatus: 'ALWAYS_OPEN', windows: [], exceptions: [] })).toEqual({ kind: 'always' });
  });
});
