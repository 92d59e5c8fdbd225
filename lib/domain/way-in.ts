// "Slik kommer du i gang" is never empty. The measure's own words come first; without them,
// someone to contact, and always whose contact it is: the measure's own, its provider's, or
// Fritid med bistand's, whose job is to help people get started with any of these offers.

/** The measure whose contact is the last resort; editors keep it on that measure's record. */
export const WAY_IN_HELPER_SLUG = 'fritid-med-bistand';

export interface ContactPoint {
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface WayInMeasure extends ContactPoint {
  contactName: string | null;
}

export interface WayInProvider extends ContactPoint {
  name: string;
}

/** Fritid med bistand as read from its record: its own contact, else its provider's. */
export interface WayInHelper {
  slug: string;
  name: string;
  /** Who answers, when the record says (e.g. a switchboard). */
  contactName: string | null;
  contact: ContactPoint;
}

export type WayIn<T> =
  | { kind: 'howToStart'; text: T }
  | { kind: 'measure'; contactName: string | null; contact: ContactPoint }
  /** Without any contact (no helper record either), the provider's page here is the way. */
  | { kind: 'provider'; providerName: string; contact: ContactPoint | null }
  /** The helper's page is always there to link to, even when its record gives no contact. */
  | { kind: 'helper'; name: string; slug: string; contactName: string | null; contact: ContactPoint | null };

const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

/** The reachable parts of a contact, or null when there are none. */
export function reachable({ phone, email, website }: ContactPoint): ContactPoint | null {
  const c = { phone: blank(phone) ? null : phone, email: blank(email) ? null : email, website: blank(website) ? null : website };
  return c.phone || c.email || c.website ? c : null;
}

/**
 * The way in: how to start in the measure's words; else its own contact; else its
 * provider's phone, email or web address; else Fritid med bistand's.
 */
export function wayIn<T>(
  howToStart: T | null,
  measure: WayInMeasure,
  provider: WayInProvider,
  helper: WayInHelper | null,
): WayIn<T> {
  if (howToStart !== null) return { kind: 'howToStart', text: howToStart };
  const own = reachable(measure);
  if (own) return { kind: 'measure', contactName: blank(measure.contactName) ? null : measure.contactName, contact: own };
  const providers = reachable(provider);
  if (providers) return { kind: 'provider', providerName: provider.name, contact: providers };
  if (helper) {
    const contact = reachable(helper.contact);
    return { kind: 'helper', name: helper.name, slug: helper.slug, contactName: contact && !blank(helper.contactName) ? helper.contactName : null, contact };
  }
  return { kind: 'provider', providerName: provider.name, contact: null };
}

/** "55 55 55 55" → "tel:55555555". */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * Where a request to be contacted goes: the measure's own email, else Fritid med bistand's
 * (whose job is helping people get started), else nowhere, and then none is asked for.
 */
export function contactRequestAddress(measureEmail: string | null, helper: WayInHelper | null): string | null {
  if (!blank(measureEmail)) return measureEmail!.trim();
  const email = helper?.contact.email;
  return blank(email) ? null : email!.trim();
}

/** The structured next steps above the way in: turn up, call, or ask to be contacted. */
export type NextStep =
  /** A drop-in with known weekly hours: come when it is open, to this place when known. */
  | { kind: 'turnUp'; place: string | null }
  /** The phone of the way in: the measure's, its provider's or Fritid med bistand's, and whose. */
  | { kind: 'call'; phone: string; whose: 'measure' | 'provider' | 'helper'; name: string | null }
  | { kind: 'contactMe' };

export interface NextStepFacts {
  dropIn: boolean | null;
  /** Regular weekly hours are known (and shown on the page). */
  hasWeeklyHours: boolean;
  /** The first place, as a line ("Street 1, Bergen"), when known. */
  place: string | null;
  acceptsContactRequests: boolean;
  contactEmail: string | null;
}

/**
 * The next steps a measure offers, from the same way in as "Slik kommer du i gang": turning
 * up only for a drop-in (unknown is never read as yes) with hours to come by; calling the
 * phone the way in gives; asking to be contacted where the measure accepts it and someone
 * receives it.
 */
/** `way`: the contact part of the way in, `wayIn(null, …)`, so a measure with its own words still offers its phone. */
export function nextSteps<T>(way: WayIn<T>, facts: NextStepFacts, helper: WayInHelper | null): NextStep[] {
  const steps: NextStep[] = [];
  if (facts.dropIn === true && facts.hasWeeklyHours) steps.push({ kind: 'turnUp', place: facts.place });
  const call = callStep(way);
  if (call) steps.push(call);
  if (facts.acceptsContactRequests && contactRequestAddress(facts.contactEmail, helper)) steps.push({ kind: 'contactMe' });
  return steps;
}

function callStep<T>(way: WayIn<T>): NextStep | null {
  switch (way.kind) {
    case 'measure':
      return way.contact.phone ? { kind: 'call', phone: way.contact.phone, whose: 'measure', name: way.contactName } : null;
    case 'provider':
      return way.contact?.phone ? { kind: 'call', phone: way.contact.phone, whose: 'provider', name: way.providerName } : null;
    case 'helper':
      return way.contact?.phone ? { kind: 'call', phone: way.contact.phone, whose: 'helper', name: way.name } : null;
    default:
      return null;
  }
}
