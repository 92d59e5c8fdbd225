// A stored measure as the strings its form shows (times as HH:MM, yes/no/unknown).
import type { MeasureSnapshot } from '@/lib/data/measures';
import { TRANSLATION_FIELDS } from '@/lib/i18n/content';
import { formatMinutes } from '@/lib/domain/opening-hours';
import { triStateText } from '@/lib/validation/fields';
import type { FormValues } from '@/lib/validation/form-data';
import { MEASURE_BOOLEAN_FIELDS, windowChoices } from '@/lib/validation/measure';

const text = (v: string | number | null) => (v === null ? '' : String(v));
const on = (v: boolean | undefined) => (v ? 'on' : '');
/** A stored window's "ends the next day" and "over 16 hours" ticks. */
const choiceValues = (w: { opensAt: number | null; closesAt: number | null }) => {
  const { overnight, confirmLong } = windowChoices(w);
  return { overnight: on(overnight), confirmLong: on(confirmLong) };
};

export function measureToFormValues(m: MeasureSnapshot): FormValues {
  return {
    version: String(m.version),
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: text(m.description),
    providerId: m.providerId,
    kind: m.kind,
    categories: m.categories,
    districts: m.districts,
    targetGroups: m.targetGroups,
    ...Object.fromEntries(MEASURE_BOOLEAN_FIELDS.map((f) => [f, triStateText(m[f])])),
    ageMin: text(m.ageMin),
    ageMax: text(m.ageMax),
    gender: text(m.gender),
    referralFrom: text(m.referralFrom),
    sobrietyRule: text(m.sobrietyRule),
    priceText: text(m.priceText),
    howToStart: text(m.howToStart),
    ...Object.fromEntries(TRANSLATION_FIELDS.map((f) => [f, text(m[f])])),
    contactName: text(m.contactName),
    contactPhone: text(m.contactPhone),
    contactEmail: text(m.contactEmail),
    website: text(m.website),
    updatesEmail: text(m.updatesEmail),
    hoursStatus: m.hoursStatus,
    hoursPlaceholder: on(m.hoursPlaceholder),
    planned: on(m.planned),
    acceptsContactRequests: on(m.acceptsContactRequests),
    sourceNote: text(m.sourceNote),
    openingHours: m.openingHours.map((h) => ({
      weekday: String(h.weekday), opensAt: formatMinutes(h.opensAt), closesAt: formatMinutes(h.closesAt), validFrom: text(h.validFrom), validTo: text(h.validTo),
      ...choiceValues(h),
    })),
    exceptions: m.exceptions.map((e) => ({
      startDate: e.startDate, endDate: e.endDate, closed: on(e.closed),
      opensAt: e.opensAt === null ? '' : formatMinutes(e.opensAt), closesAt: e.closesAt === null ? '' : formatMinutes(e.closesAt), note: text(e.note),
      ...choiceValues(e),
    })),
    locations: m.locations.map((l) => ({
      name: text(l.name), address: text(l.address), postcode: text(l.postcode), city: text(l.city), district: text(l.district),
      latitude: text(l.latitude), longitude: text(l.longitude), placeholder: on(l.placeholder),
    })),
  };
}

export const EMPTY_MEASURE_VALUES: FormValues = { hoursStatus: 'UNKNOWN' };
