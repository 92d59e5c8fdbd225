// The whole published catalogue as one HSDS 3 document in the tabular shape: one array
// per HSDS table (organizations, services, locations, …), rows linked by id as in HSDS's
// data package, nothing nested. Pure: made from the same service objects as the API.
import type { OpenMeasure, OpenProvider } from '@/lib/data/open-data';
import {
  HSDS_VERSION,
  TAXONOMY,
  TAXONOMY_TERMS,
  hsdsOrganization,
  hsdsService,
  taxonomyTerm,
  type HsdsAddress,
  type HsdsAttribute,
  type HsdsContact,
  type HsdsLocation,
  type HsdsOrganization,
  type HsdsPhone,
  type HsdsSchedule,
  type HsdsService,
  type HsdsServiceAtLocation,
  type TaxonomyTerm,
} from './hsds';

type Row<T, K extends keyof T> = Omit<T, K>;
type FlatAttribute = Row<HsdsAttribute, 'taxonomy_term'>;

export interface HsdsExport {
  hsds_version: string;
  taxonomies: (typeof TAXONOMY)[];
  taxonomy_terms: TaxonomyTerm[];
  organizations: Row<HsdsOrganization, 'phones' | 'attributes'>[];
  services: Row<HsdsService, 'phones' | 'contacts' | 'schedules' | 'service_at_locations' | 'attributes' | 'organization'>[];
  locations: Row<HsdsLocation, 'addresses'>[];
  addresses: HsdsAddress[];
  service_at_locations: Row<HsdsServiceAtLocation, 'location'>[];
  schedules: HsdsSchedule[];
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  attributes: FlatAttribute[];
}

const flatAttribute = ({ taxonomy_term: _term, ...a }: HsdsAttribute): FlatAttribute => a;

export function hsdsExport(measures: OpenMeasure[], providers: OpenProvider[], pageUrl: (slug: string) => string): HsdsExport {
  const out: HsdsExport = {
    hsds_version: HSDS_VERSION,
    taxonomies: [TAXONOMY],
    taxonomy_terms: TAXONOMY_TERMS.map((t) => taxonomyTerm(t.code)),
    organizations: [],
    services: [],
    locations: [],
    addresses: [],
    service_at_locations: [],
    schedules: [],
    phones: [],
    contacts: [],
    attributes: [],
  };
  for (const provider of providers) {
    const { phones, attributes, ...organization } = hsdsOrganization(provider);
    out.organizations.push(organization);
    out.phones.push(...phones);
    out.attributes.push(...attributes.map(flatAttribute));
  }
  for (const measure of measures) {
    const { phones, contacts, schedules, service_at_locations, attributes, organization: _org, ...service } = hsdsService(
      measure,
      pageUrl(measure.slug),
    );
    out.services.push(service);
    out.phones.push(...phones);
    out.contacts.push(...contacts);
    out.schedules.push(...schedules);
    out.attributes.push(...attributes.map(flatAttribute));
    for (const { location, ...link } of service_at_locations) {
      const { addresses, ...flatLocation } = location;
      out.service_at_locations.push(link);
      out.locations.push(flatLocation);
      out.addresses.push(...addresses);
    }
  }
  return out;
}
