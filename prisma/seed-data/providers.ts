// Providers named in Bergen kommune's plans. Contact details are left out on purpose: the
// plans give none, and invented phone numbers would send real people to the wrong place.
import type { SeedProvider } from './types';

export const providers = [
  {
    slug: 'bergen-kommune',
    name: 'Bergen kommune',
    type: 'MUNICIPAL',
    description:
      'Kommunens helse- og sosialtjenester, blant annet MO-sentrene, helsestasjonene og det ambulante overdoseteamet.',
  },
  {
    slug: 'nav-sosialtjenesten-bergen',
    name: 'NAV sosialtjeneste i Bergen',
    type: 'NAV',
    description:
      'Den kommunale delen av NAV-kontorene i Bergen. Driver lavterskel arbeids- og aktivitetstiltak og følger opp mottakere av økonomisk sosialhjelp.',
  },
  {
    slug: 'nav',
    name: 'NAV',
    type: 'NAV',
    description: 'Den statlige delen av NAV, som har ansvar for statlige arbeidsrettede tiltak som AFT og VTA.',
  },
  {
    slug: 'utekontakten-i-bergen',
    name: 'Utekontakten i Bergen',
    type: 'MUNICIPAL',
    description:
      'Kommunens oppsøkende tjeneste for ungdom og unge voksne. Er ute på skoler og i sentrum på dagtid, kveld og natt.',
  },
  {
    slug: 'alf-as',
    name: 'ALF AS',
    type: 'PRIVATE',
    description: 'Privat tiltaksarrangør med lavterskel arbeidstilbud og opplæring av medarbeidere med brukererfaring.',
  },
  {
    slug: 'bla-kors',
    name: 'Blå Kors',
    type: 'NON_PROFIT',
    description: 'Ideell organisasjon som samarbeider med kommunen om følgetjeneste for brukere.',
  },
  {
    slug: 'rode-kors',
    name: 'Røde Kors',
    type: 'NON_PROFIT',
    description: 'Ideell organisasjon der frivillige følger opp personer som har sonet i fengsel.',
  },
  {
    slug: 'kirkens-bymisjon',
    name: 'Kirkens bymisjon',
    type: 'NON_PROFIT',
    description: 'Ideell organisasjon som driver lavterskeltilbud i Bergen sentrum.',
  },
  {
    slug: 'sportsklubben-brann',
    name: 'Sportsklubben Brann',
    type: 'VOLUNTARY',
    description: 'Fotballklubben i Bergen. Driver to tiltak for rusavhengige i samarbeid med Bergen kommune.',
  },
  {
    slug: 'helse-bergen',
    name: 'Helse Bergen HF',
    type: 'STATE',
    description: 'Helseforetaket med Haukeland universitetssjukehus og Avdeling for rusmedisin.',
  },
  {
    slug: 'rost-huset',
    name: 'Røst Huset',
    type: 'USER_ORGANISATION',
    description: 'Ideell organisasjon startet av brukere og pårørende, som arbeider for brukerstyring og fellesskap.',
  },
] as const satisfies readonly SeedProvider[];

export type ProviderSlug = (typeof providers)[number]['slug'];
