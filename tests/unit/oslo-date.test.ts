import { describe, expect, it } from 'vitest';
import { addMonths, osloDate } from '@/lib/domain/oslo-date';
import { isStale, staleBefore } from '@/lib/domain/stale';

// Half past midnight in Bergen on 2 June is still 1 June in UTC: "today" taken from the
// UTC date would be a day behind for the first one or two hours of every day.
const LATE = new Date('2026-06-01T23:30:00Z');

describe("today's date in Oslo", () => {
  it('is the Oslo calendar date, not the UTC one, in summer and in winter', () => {
    expect(osloDate(LATE)).toBe('2026-06-02');
    expect(osloDate(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(osloDate(new Date('2026-06-01T21:59:00Z'))).toBe('2026-06-01');
  });

  it('moves by months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-06-02', -6)).toBe('2025-12-02');
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('the stale rule', () => {
  const today = osloDate(LATE);

  it('counts six months back from the Oslo date', () => {
    expect(staleBefore(today)).toBe('2025-12-02');
    expect(isStale({ status: 'PUBLISHED', lastVerifiedAt: '2025-12-01' }, today)).toBe(true);
    expect(isStale({ status: 'PUBLISHED', lastVerifiedAt: '2025-12-02' }, today)).toBe(false);
  });

  it('holds never-verified measures stale and archived ones never', () => {
    expect(isStale({ status: 'DRAFT', lastVerifiedAt: null }, today)).toBe(true);
    expect(isStale({ status: 'ARCHIVED', lastVerifiedAt: null }, today)).toBe(false);
  });
});
