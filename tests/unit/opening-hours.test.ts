import { describe, expect, it } from 'vitest';
import { formatMinutes, groupByWeekday, parseClockTime } from '@/lib/domain/opening-hours';
import { osloToday } from '@/lib/domain/oslo-date';

describe('opening hours helpers', () => {
  it('formats and parses wall-clock times', () => {
    expect(formatMinutes(0)).toBe('00:00');
    expect(formatMinutes(630)).toBe('10:30');
    expect(formatMinutes(1440)).toBe('24:00');
    expect(parseClockTime('9:05')).toBe(545);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(parseClockTime('24:30')).toBeNull();
    expect(parseClockTime('25:00')).toBeNull();
    expect(parseClockTime('abc')).toBeNull();
  });

  it('groups windows per weekday in time order, Monday first', () => {
    const w = (weekday: number, opensAt: number) => ({ weekday, opensAt, closesAt: opensAt + 60, validFrom: null, validTo: null });
    const days = groupByWeekday([w(3, 900), w(1, 600), w(3, 600)]);
    expect([...days.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days.get(3)!.map((x) => x.opensAt)).toEqual([600, 900]);
    expect(days.get(2)).toEqual([]);
  });

  it('tells the Oslo weekday and time across the DST change and midnight UTC', () => {
    // 2026-03-29 is the day Norway moves to summer time; 00:30 UTC is 01:30 in Oslo (Sunday).
    expect(osloToday(new Date('2026-03-29T00:30:00Z'))).toEqual({ weekday: 7, date: '2026-03-29', minutes: 90 });
    // 23:30 UTC on a Monday in summer is 01:30 on Tuesday in Oslo.
    expect(osloToday(new Date('2026-06-01T23:30:00Z'))).toEqual({ weekday: 2, date: '2026-06-02', minutes: 90 });
  });
});
