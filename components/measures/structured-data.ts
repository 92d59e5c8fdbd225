// A measure as schema.org structured data (a Service), for search engines. Only facts
// confirmed by the provider go in: demo placeholder addresses and hours are left out, so
// no search result repeats an invented opening time or address as if it were true.
import type { MeasureDetail, WeeklyHours } from '@/lib/data/measures';
import { localizedHeadline } from '@/lib/i18n/content';
import type { Locale } from '@/lib/i18n/routing';
import { formatMinutes } from '@/lib/domain/opening-hours';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const dayOfWeek = (weekday: number) => `https://schema.org/${DAYS[weekday - 1]}`;
// schema.org's "open until midnight" is 23:59; 24:00 is not a valid time of day.
const clock = (minutes: number) => (minutes >= 1440 ? '23:59' : formatMinutes(minutes));

type Json = Record<string, unknown>;

/** Windows with the same times (and season) on several days become one specification. */
function openingHoursSpecification(windows: WeeklyHours[]): Json[] {
  const groups = new Map<string, { days: number[]; window: WeeklyHours }>();
  for (const w of windows) {
    const key = [w.opensAt, w.closesAt, w.validFrom, w.validTo].join('|');
    const group = groups.get(key) ?? { days: [], window: w };
    group.days.push(w.weekday);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ days, window: w }) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map(dayOfWeek),
    opens: clock(w.opensAt),
    closes: clock(w.closesAt),
    ...(w.validFrom && { validFrom: w.validFrom }),
    ...(w.validTo && { validThrough: w.validTo }),
  }));
}

function hoursAvailable(m: MeasureDetail): Json[] | undefined {
  if (m.hoursStatus === 'ALWAYS_OPEN') {
    return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: DAYS.map((_, i) => dayOfWeek(i + 1)), opens: '00:00', closes: '23:59' }];
  }
  if (m.hoursStatus !== 'REGULAR' || m.hoursPlaceholder || m.openingHours.length === 0) return undefined;
  return openingHoursSpecification(m.openingHours);
}

function serviceLocations(m: MeasureDetail): Json[] {
  return m.locations
    .filter((loc) => !loc.placeholder && loc.address)
    .map((loc) => ({
      '@type': 'Place',
      ...(loc.name && { name: loc.name }),
      address: {
        '@type': 'PostalAddress',
        streetAddress: loc.address,
        ...(loc.postcode && { postalCode: loc.postcode }),
        addressLocality: loc.city ?? 'Bergen',
        addressCountry: 'NO',
      },
      ...(loc.latitude !== null && loc.longitude !== null && {
        geo: { '@type': 'GeoCoordinates', latitude: loc.latitude, longitude: loc.longitude },
      }),
    }));
}

/** Name and description in the page's language where translated, else in Bokmål. */
export function measureStructuredData(m: MeasureDetail, urls: { page: string; provider: string }, locale: Locale = 'nb'): Json {
  const places = serviceLocations(m);
  const hours = hoursAvailable(m);
  const text = localizedHeadline(m, locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: text.name.text,
    description: text.summary.text,
    url: urls.page,
    provider: { '@type': 'Organization', name: m.provider.name, url: urls.provider },
    areaServed: { '@type': 'City', name: 'Bergen' },
    ...(places.length > 0 && {
      availableChannel: places.map((place) => ({ '@type': 'ServiceChannel', serviceLocation: place })),
    }),
    ...(hours && { hoursAvailable: hours }),
  };
}

/** JSON for an inline <script>: `<` escaped, so no text in the data can close the tag. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
