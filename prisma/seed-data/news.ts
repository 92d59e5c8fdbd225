// Demo news. Each item restates something the plans say the municipality will do; none
// reports an event the plans do not describe, and each says where it comes from.
import type { SeedNewsItem } from './types';

const FROM_PLANS = 'Denne saken bygger på Bergen kommunes planer, ikke på en kunngjøring fra tilbyderen.';

export const newsItems: SeedNewsItem[] = [
  {
    slug: 'dagsverket-far-flere-plasser',
    title: 'Dagsverket skal få flere plasser',
    body:
      'Kommunens handlingsplan for arbeid og aktivitet sier at Dagsverket skal utvides med flere plasser og flere typer arbeidsoppgaver. ' +
      'Dagsverket er et lavterskel arbeidstilbud i regi av ALF AS, der arbeidslag rydder og tar oppdrag rundt i byen. ' +
      'Planen sier ikke når de nye plassene kommer eller hvor mange det blir.\n\n' +
      `${FROM_PLANS} (Handlingsplan 000:402-403, 448)`,
    publishedAt: '2026-01-20',
    measureSlug: 'dagsverket',
  },
  {
    slug: 'flere-jobbspesialister',
    title: 'Kommunen vil ha flere jobbspesialister',
    body:
      'Bergen kommune ønsker flere jobbspesialister ved NAV-kontorene som jobber spesielt med personer med rusproblemer. ' +
      'Jobbspesialistene bruker metoden individuell jobbstøtte (IPS) og hjelper deg både med å få jobb og med å beholde den. ' +
      'Kommunen vil også søke om midler til et nytt IPS-prosjekt.\n\n' +
      `${FROM_PLANS} (Handlingsplan 000:567-573, 600)`,
    publishedAt: '2026-02-10',
    measureSlug: 'ips-jobbspesialister',
  },
  {
    slug: 'planer-om-recoveryskole',
    title: 'Planer om en recoveryskole i Bergen',
    body:
      'Kommunen ønsker å starte Bergen Recoveryskole, med kurs der brukere, pårørende og fagfolk lærer av hverandre. ' +
      'Kursene skal lages og holdes av personer med egen erfaring sammen med fagfolk. ' +
      'Planen sier ikke når skolen skal åpne.\n\n' +
      `${FROM_PLANS} (Handlingsplan 000:431-436, 456-457)`,
    publishedAt: '2026-03-05',
    measureSlug: 'bergen-recoveryskole',
  },
  {
    slug: 'mer-aktivitet-kveld-og-helg',
    title: 'Mer aktivitet på kveld og i helg',
    body:
      'Brukere og ansatte har sagt at det trengs flere sosiale tilbud på ettermiddag, kveld og i helger. ' +
      'Kommunen vil derfor tilpasse åpningstidene ved MO-sentrene slik at det blir aktiviteter også på kveld og i helg. ' +
      'Tidene i katalogen er foreløpig eksempler og er merket slik til tilbyderne har bekreftet dem.\n\n' +
      `${FROM_PLANS} (Handlingsplan 000:468-477)`,
    publishedAt: '2026-04-15',
  },
  {
    slug: 'tilbud-for-parorende-i-oversikten',
    title: 'Tilbud for pårørende i oversikten',
    body:
      'Kommunen vil ha en oppdatert og lett tilgjengelig oversikt over tilbud til pårørende, ved siden av arbeids- og aktivitetstiltakene. ' +
      'Derfor er tilbud for pårørende tatt med i denne katalogen. Alle pårørende har rett på generell veiledning fra kommunens tjenester.\n\n' +
      `${FROM_PLANS} (Handlingsplan 000:868-871; Plan for rusfeltet 002:975)`,
    publishedAt: '2026-05-20',
    measureSlug: 'veiledning-for-parorende',
  },
  {
    slug: 'verdens-overdosedag',
    title: 'Verdens overdosedag 31. august',
    body:
      'Bergen kommune markerer verdens overdosedag 31. august hvert år, i samarbeid med pårørendeorganisasjoner. ' +
      'Kommunen lærer også opp brukere, pårørende og ansatte i å bruke nalokson nesespray, som kan redde liv ved overdose. ' +
      'Program og sted for årets markering står ikke i planene.\n\n' +
      `${FROM_PLANS} (Plan for rusfeltet 002:727, 730, 795)`,
    publishedAt: '2026-08-17',
    measureSlug: 'nalokson-opplaering',
  },
];
