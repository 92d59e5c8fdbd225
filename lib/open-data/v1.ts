// The JSON of the open-data API's version 1 (app/api/v1), made from lib/data/open-data.ts.
// Codes are written as the catalogue's URL parameters take them (lower case: "arna",
// "drop_in"), so a value read here can be used as a filter. Unknown is null, never false.
import type { OpenMeasure, OpenProvider } from '@/lib/data/open-data';
import { formatMinutes, isOvernight } from '@/lib/domain/opening-hours';

const low = <T extends string>(v: T | null): Lowercase<T> | null => (v ? (v.toLowerCase() as Lowercase<T>) : null);
const lowAll = <T extends string>(v: T[]): Lowercase<T>[] => v.map((x) => x.toLowerCase() as Lowercase<T>);

/** Where things are, in each language and in the API: the caller knows the site's address. */
export interface Urls {
  measurePage(slug: string): { nb: string; nn: string; en: string };
  providerPage(slug: string): { nb: string; nn: string; en: string };
  api(path: string): string;
}

export function measureJson(m: OpenMeasure, urls: Urls) {
  return {
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    description: m.description,
    howToStart: m.howToStart,
    translations: m.translations,
    kind: low(m.kind),
    // Announced but not started yet: the site labels it "planlagt" and lists it last.
    planned: m.planned,
    categories: lowAll(m.categories),
    districts: lowAll(m.districts),
    citywide: m.citywide,
    age: { min: m.ageMin, max: m.ageMax },
    gender: low(m.gender),
    targetGroups: lowAll(m.targetGroups),
    eligibility: {
      referralRequired: m.referralRequired,
      referralFrom: m.referralFrom,
      applicationRequired: m.applicationRequired,
      dropIn: m.dropIn,
      anonymous: m.anonymous,
      freeOfCharge: m.freeOfCharge,
      priceText: m.priceText,
      companionWelcome: m.companionWelcome,
      wheelchairAccessible: m.wheelchairAccessible,
      sobrietyRule: low(m.sobrietyRule),
    },
    contact: { name: m.contactName, phone: m.contactPhone, email: m.contactEmail, website: m.website },
    hours: {
      status: low(m.hoursStatus),
      timezone: 'Europe/Oslo',
      // Demo placeholders, not confirmed by the provider: the site marks them as such.
      placeholder: m.hoursPlaceholder,
      weekly: m.openingHours.map((h) => ({
        weekday: h.weekday,
        opens: formatMinutes(h.opensAt),
        closes: formatMinutes(h.closesAt),
        overnight: isOvernight(h),
        validFrom: h.validFrom,
        validTo: h.validTo,
      })),
      exceptions: m.exceptions.map((e) => ({
        from: e.startDate,
        to: e.endDate,
        closed: e.closed,
        opens: e.opensAt === null ? null : formatMinutes(e.opensAt),
        closes: e.closesAt === null ? null : formatMinutes(e.closesAt),
        note: e.note,
      })),
    },
    locations: m.locations.map((l) => ({
      name: l.name,
      address: l.address,
      postcode: l.postcode,
      city: l.city,
      district: low(l.district),
      latitude: l.latitude,
      longitude: l.longitude,
      placeholder: l.placeholder,
    })),
    provider: {
      slug: m.provider.slug,
      name: m.provider.name,
      type: low(m.provider.type),
      links: { self: urls.api(`/api/v1/providers/${m.provider.slug}`), page: urls.providerPage(m.provider.slug) },
    },
    lastVerifiedAt: m.lastVerifiedAt,
    updatedAt: m.updatedAt,
    links: { self: urls.api(`/api/v1/measures/${m.slug}`), page: urls.measurePage(m.slug) },
  };
}

export function providerJson(p: OpenProvider, urls: Urls) {
  return {
    slug: p.slug,
    name: p.name,
    type: low(p.type),
    description: p.description,
    translations: p.translations,
    phone: p.phone,
    email: p.email,
    website: p.website,
    measureCount: p.measureCount,
    updatedAt: p.updatedAt,
    links: { self: urls.api(`/api/v1/providers/${p.slug}`), page: urls.providerPage(p.slug) },
  };
}

export function measureSummaryJson(m: OpenMeasure, urls: Urls) {
  return {
    slug: m.slug,
    name: m.name,
    summary: m.summary,
    kind: low(m.kind),
    links: { self: urls.api(`/api/v1/measures/${m.slug}`), page: urls.measurePage(m.slug) },
  };
}

/** Paging metadata and links; `search` is the request's query without `page`. */
export function pageMeta(total: number, page: number, perPage: number, path: string, search: URLSearchParams, urls: Urls) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const link = (n: number) => {
    const p = new URLSearchParams(search);
    p.delete('page');
    if (n > 1) p.set('page', String(n));
    const qs = p.toString();
    return urls.api(qs ? `${path}?${qs}` : path);
  };
  return {
    meta: { total, page, perPage, totalPages },
    links: {
      self: link(page),
      first: link(1),
      last: link(totalPages),
      prev: page > 1 ? link(Math.min(page - 1, totalPages)) : null,
      next: page < totalPages ? link(page + 1) : null,
    },
  };
}
