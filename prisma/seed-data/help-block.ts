// "Trenger du hjelp nå?" in each language. 113 and the legevakt number 116 117 are the
// national emergency numbers, the same everywhere in Norway. The plans give no contact
// details for Fritid med bistand, so its entry leads to its page (which says how to get in
// touch) and is marked as demo data to confirm rather than given an invented number.
import type { Locale } from '../../lib/i18n/routing';

export interface SeedHelpEntry {
  label: string;
  phone: string | null;
  /** A page of this site, in the block's language, or a full https:// address. */
  href: string | null;
  /** Not from the plans or a national source: shown as demo data to confirm. */
  placeholder: boolean;
}

export interface SeedHelpBlock {
  heading: string;
  intro: string;
  entries: SeedHelpEntry[];
}

export const helpBlocks: Record<Locale, SeedHelpBlock> = {
  nb: {
    heading: 'Trenger du hjelp nå?',
    intro: 'Er det fare for liv eller helse, ring 113. Ved akutt sykdom eller skade som ikke kan vente, ring legevakten.',
    entries: [
      { label: 'Medisinsk nødhjelp', phone: '113', href: null, placeholder: false },
      { label: 'Legevakt', phone: '116 117', href: null, placeholder: false },
      { label: 'Fritid med bistand hjelper deg i gang', phone: null, href: '/tiltak/fritid-med-bistand', placeholder: true },
    ],
  },
  nn: {
    heading: 'Treng du hjelp no?',
    intro: 'Er det fare for liv eller helse, ring 113. Ved akutt sjukdom eller skade som ikkje kan vente, ring legevakta.',
    entries: [
      { label: 'Medisinsk naudhjelp', phone: '113', href: null, placeholder: false },
      { label: 'Legevakt', phone: '116 117', href: null, placeholder: false },
      { label: 'Fritid med bistand hjelper deg i gang', phone: null, href: '/nn/tiltak/fritid-med-bistand', placeholder: true },
    ],
  },
  en: {
    heading: 'Need help now?',
    intro: 'If life or health is in danger, call 113. For sudden illness or injury that cannot wait, call the out-of-hours medical service (legevakt).',
    entries: [
      { label: 'Medical emergency', phone: '113', href: null, placeholder: false },
      { label: 'Out-of-hours medical service (legevakt)', phone: '116 117', href: null, placeholder: false },
      { label: 'Fritid med bistand helps you get started', phone: null, href: '/en/measures/fritid-med-bistand', placeholder: true },
    ],
  },
};
