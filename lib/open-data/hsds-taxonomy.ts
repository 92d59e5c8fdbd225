// The local taxonomy of the HSDS export (see lib/open-data/hsds.ts and the README): terms
// for entry criteria, audience, content, kind, district and provider type, and a measure's
// known facts as HSDS attributes with those terms. Ids without a database row of their own
// are derived from what they name, so they stay the same from one export to the next.
import { createHash } from 'node:crypto';
import en from '@/messages/en.json';
import type { OpenMeasure } from '@/lib/data/open-data';

export const TAXONOMY_NAME = 'ettervern-bergen';

/**
 * A stable UUID for rows that have no id of their own (attributes, addresses, terms…),
 * derived from a name, shaped as a version-5 UUID so HSDS tools accept it.
 */
export function derivedId(name: string): string {
  const h = createHash('sha1').update(`ettervern-bergen:${name}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface TaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  parent_id: string | null;
  language: string;
}

export const TAXONOMY = {
  id: derivedId('taxonomy'),
  name: TAXONOMY_NAME,
  description:
    'Local taxonomy of Ettervern Bergen: entry criteria, audience, content, kind of offer and district of work and activity measures in Bergen.',
  uri: null,
  version: '1',
};

// What an attribute's term describes (HSDS's open codelist `link_type`).
type LinkType = 'eligibility' | 'audience' | 'accessibility' | 'service_type' | 'service_category' | 'service_area' | 'organization_type';

interface TermDefinition {
  code: string;
  name: string;
  description: string;
  linkType: LinkType;
}

/** Yes/no facts: an attribute only when known, with value "true" or "false". */
const FACT_TERMS = {
  referral_required: ['Referral required', 'Whether a referral (e.g. from NAV or a doctor) is needed.', 'eligibility'],
  application_required: ['Application required', 'Whether one must apply to take part.', 'eligibility'],
  drop_in: ['Drop-in', 'Whether one can just turn up.', 'eligibility'],
  anonymous: ['Anonymous', 'Whether one can take part without giving one’s name.', 'eligibility'],
  free_of_charge: ['Free of charge', 'Whether taking part is free.', 'eligibility'],
  companion_welcome: ['Companion welcome', 'Whether someone may come along the first time.', 'eligibility'],
  wheelchair_accessible: ['Wheelchair accessible', 'Whether the place can be reached in a wheelchair.', 'accessibility'],
  citywide: ['Whole city', 'Whether people from every district of Bergen may take part.', 'service_area'],
} as const satisfies Record<string, readonly [string, string, LinkType]>;
type Fact = keyof typeof FACT_TERMS;

const E = en.Enums;
const enumTerms = <K extends string>(
  prefix: string,
  labels: Record<K, string>,
  linkType: LinkType,
  describe: (label: string) => string,
): TermDefinition[] =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({
    code: `${prefix}:${value.toLowerCase()}`,
    name: label,
    description: describe(label),
    linkType,
  }));

/** Every term of the local taxonomy: the codes are the API's filter values. */
export const TAXONOMY_TERMS: TermDefinition[] = [
  ...(Object.entries(FACT_TERMS) as [Fact, readonly [string, string, LinkType]][]).map(([code, [name, description, linkType]]) => ({
    code,
    name,
    description: `${description} Value "true" or "false"; absent when not known.`,
    linkType,
  })),
  {
    code: 'sobriety_rule',
    name: 'Sobriety rule',
    description: 'What is asked of participants about substances. Value: none, not_intoxicated or drug_free.',
    linkType: 'eligibility',
  },
  {
    code: 'gender',
    name: 'Gender',
    description: 'Who may take part. Value: all, women or men.',
    linkType: 'eligibility',
  },
  ...enumTerms('target_group', E.TargetGroup, 'audience', (l) => `Meant for: ${l}.`),
  ...enumTerms('kind', E.MeasureKind, 'service_type', (l) => `Kind of offer: ${l}.`),
  ...enumTerms('category', E.ContentCategory, 'service_category', (l) => `Content: ${l}.`),
  ...enumTerms('district', E.District, 'service_area', (l) => `Open to people living in the district of ${l}, Bergen.`),
  ...enumTerms('provider_type', E.ProviderType, 'organization_type', (l) => `Kind of organization: ${l}.`),
];
const TERMS_BY_CODE = new Map(TAXONOMY_TERMS.map((t) => [t.code, t]));

export function taxonomyTerm(code: string): TaxonomyTerm {
  const t = TERMS_BY_CODE.get(code);
  if (!t) throw new Error(`Unknown taxonomy term ${code}`);
  return {
    id: derivedId(`term:${code}`),
    code,
    name: t.name,
    description: t.description,
    taxonomy: TAXONOMY_NAME,
    taxonomy_id: TAXONOMY.id,
    parent_id: null,
    language: 'en',
  };
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: LinkType;
  link_entity: 'service' | 'organization';
  taxonomy_term_id: string;
  value: string | null;
  taxonomy_term: TaxonomyTerm;
}

export function attribute(entity: 'service' | 'organization', linkId: string, code: string, value: string | null): HsdsAttribute {
  const term = taxonomyTerm(code);
  return {
    id: derivedId(`attribute:${linkId}:${code}`),
    link_id: linkId,
    link_type: TERMS_BY_CODE.get(code)!.linkType,
    link_entity: entity,
    taxonomy_term_id: term.id,
    value,
    taxonomy_term: term,
  };
}

/** The measure's known facts as attributes; unknown ones (null) have none. */
export function serviceAttributes(m: OpenMeasure): HsdsAttribute[] {
  const facts: Record<Fact, boolean | null> = {
    referral_required: m.referralRequired,
    application_required: m.applicationRequired,
    drop_in: m.dropIn,
    anonymous: m.anonymous,
    free_of_charge: m.freeOfCharge,
    companion_welcome: m.companionWelcome,
    wheelchair_accessible: m.wheelchairAccessible,
    citywide: m.citywide,
  };
  const out: HsdsAttribute[] = [];
  const add = (code: string, value: string | null) => out.push(attribute('service', m.id, code, value));
  for (const [code, known] of Object.entries(facts)) if (known !== null) add(code, String(known));
  if (m.sobrietyRule) add('sobriety_rule', m.sobrietyRule.toLowerCase());
  if (m.gender) add('gender', m.gender.toLowerCase());
  for (const g of m.targetGroups) add(`target_group:${g.toLowerCase()}`, null);
  add(`kind:${m.kind.toLowerCase()}`, null);
  for (const c of m.categories) add(`category:${c.toLowerCase()}`, null);
  for (const d of m.districts) add(`district:${d.toLowerCase()}`, null);
  return out;
}
