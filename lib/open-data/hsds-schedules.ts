// Opening hours as HSDS 3 schedules (RFC 5545 rules), for lib/open-data/hsds.ts.
import type { HoursException, WeeklyHours } from '@/lib/data/measures';
import type { OpenMeasure } from '@/lib/data/open-data';
import { formatMinutes, isOvernight } from '@/lib/domain/opening-hours';
import { derivedId } from './hsds-taxonomy';

// Schedules. Times are Bergen wall-clock time. HSDS 3's `timezone` is a fixed UTC offset,
// which Europe/Oslo is not (+1 in winter, +2 in summer), so it is left out and each
// schedule's `notes` says so instead of giving an offset that is wrong half the year.

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const LOCAL_TIME = 'Times are local time in Bergen, Norway (Europe/Oslo).';
const DEMO_HOURS = 'Example hours (demo data), not yet confirmed by the provider.';

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: 'WEEKLY' | null;
  wkst: 'MO' | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from: string | null;
  valid_to: string | null;
  dtstart: string | null;
  description: string | null;
  notes: string;
}

const notes = (m: OpenMeasure) => (m.hoursPlaceholder ? `${LOCAL_TIME} ${DEMO_HOURS}` : LOCAL_TIME);

function weekly(m: OpenMeasure, h: WeeklyHours): HsdsSchedule {
  const overnight = isOvernight(h);
  return {
    id: h.id,
    service_id: m.id,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: BYDAY[h.weekday - 1] ?? null,
    opens_at: formatMinutes(h.opensAt),
    closes_at: formatMinutes(h.closesAt),
    valid_from: h.validFrom,
    valid_to: h.validTo,
    dtstart: null,
    description: overnight ? `Closes the next day at ${formatMinutes(h.closesAt)}.` : null,
    notes: notes(m),
  };
}

/** A date range with other hours: closed (no times), or the special hours for those days. */
function exception(m: OpenMeasure, e: HoursException): HsdsSchedule {
  const open = !e.closed && e.opensAt !== null && e.closesAt !== null;
  const what = open ? 'Special opening hours' : 'Closed';
  return {
    id: e.id,
    service_id: m.id,
    freq: open ? 'WEEKLY' : null,
    wkst: open ? 'MO' : null,
    byday: open ? BYDAY.join(',') : null,
    opens_at: open ? formatMinutes(e.opensAt!) : null,
    closes_at: open ? formatMinutes(e.closesAt!) : null,
    valid_from: e.startDate,
    valid_to: e.endDate,
    dtstart: e.startDate,
    description: e.note ? `${what}: ${e.note}` : `${what}.`,
    notes: notes(m),
  };
}

export function serviceSchedules(m: OpenMeasure): HsdsSchedule[] {
  const base = { service_id: m.id, valid_from: null, valid_to: null, dtstart: null, notes: notes(m) };
  const extra = m.exceptions.map((e) => exception(m, e));
  switch (m.hoursStatus) {
    case 'UNKNOWN':
      return [];
    case 'ALWAYS_OPEN':
      return [
        { ...base, id: derivedId(`schedule:${m.id}:always`), freq: 'WEEKLY', wkst: 'MO', byday: BYDAY.join(','), opens_at: '00:00', closes_at: '24:00', description: 'Open 24 hours.' },
        ...extra,
      ];
    case 'BY_APPOINTMENT':
      if (m.openingHours.length === 0) {
        return [
          { ...base, id: derivedId(`schedule:${m.id}:appointment`), freq: null, wkst: null, byday: null, opens_at: null, closes_at: null, description: 'By appointment.' },
          ...extra,
        ];
      }
      return [...m.openingHours.map((h) => weekly(m, h)), ...extra];
    default:
      return [...m.openingHours.map((h) => weekly(m, h)), ...extra];
  }
}
