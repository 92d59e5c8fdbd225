import { describe, expect, it } from 'vitest';
import { compressWeek, formatShortTime, type WeeklyWindow } from '@/lib/domain/opening-hours';

const w = (weekday: number, opens: number, closes: number, season: [string, string] | null = null): WeeklyWindow => ({
  weekday,
  opensAt: opens * 60,
  closesAt: closes * 60,
  validFrom: season?.[0] ?? null,
  validTo: season?.[1] ?? null,
});

describe('compressed opening hours ("man–fre 08–15")', () => {
  it('puts consecutive days with the same hours in one run', () => {
    const week = [1, 2, 3, 4, 5].map((d) => w(d, 8, 15));
    expect(compressWeek(week)).toEqual([{ runs: [[1, 5]], windows: [week[0]] }]);
  });

  it('keeps days with other hours apart, and leaves closed days out', () => {
    // Fritid med bistand's demo week: weekdays 09–15, an evening group on Tuesday, Saturday 11–15.
    const week = [...[1, 2, 3, 4, 5].map((d) => w(d, 9, 15)), w(2, 17, 20), w(6, 11, 15)];
    const groups = compressWeek(week);
    expect(groups.map((g) => g.runs)).toEqual([[[1, 1], [3, 5]], [[2, 2]], [[6, 6]]]);
    expect(groups[1]!.windows.map((x) => [x.opensAt, x.closesAt])).toEqual([[540, 900], [1020, 1200]]);
  });

  it('tells seasons apart and does not wrap Sunday to Monday', () => {
    const week = [w(6, 10, 14), w(7, 10, 14), w(1, 10, 14), w(2, 10, 14, ['2026-06-01', '2026-08-31'])];
    expect(compressWeek(week).map((g) => g.runs)).toEqual([[[1, 1], [6, 7]], [[2, 2]]]);
    expect(compressWeek([])).toEqual([]);
  });

  it('writes whole hours short', () => {
    expect(formatShortTime(480)).toBe('08');
    expect(formatShortTime(510)).toBe('08:30');
    expect(formatShortTime(1440)).toBe('24');
  });
});
