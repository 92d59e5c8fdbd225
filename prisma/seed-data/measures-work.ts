// Work-oriented measures (Handlingsplan §7.4) and the MB education (§7.5).
import { ADDRESS_PLACEHOLDER, type SeedMeasure } from './types';

export const workMeasures: SeedMeasure[] = [
  {
    slug: 'alf-arbeidstrening',
    providerSlug: 'alf-as',
    name: 'Arbeidstrening hos ALF: vaskeri, ryddegrupper og hotelldrift',
    summary: 'Arbeidstrening i vaskeri, ryddegrupper eller hotelldrift hos ALF AS.',
    description:
      'ALF AS har flere arbeidstilbud, blant annet vaskeri, ryddegrupper og hotelldrift. ' +
      'NAV sosialtjeneste oppmuntrer brukere til å delta i disse tiltakene.',
    kind: 'WORK',
    categories: ['WORK_TRAINING'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote: 'Plan for rusfeltet 002:843. Målgruppe, inngang, sted og tider er ikke oppgitt.',
  },
  {
    slug: 'mb-programmet',
    providerSlug: 'alf-as',
    name: 'MB-programmet – utdanning for medarbeidere med brukererfaring',
    summary: 'Ett års utdanning for deg som har egen erfaring med rus og vil bruke den i arbeid i tjenestene.',
    description:
      'MB-programmet i regi av ALF varer i tolv måneder og består av teori, praksis og en prosjektoppgave. Praksisen er på til sammen 20 uker, fordelt på to perioder. ' +
      'Målet er at flere med brukererfaring kommer i arbeid, og at tjenestene får ny kunnskap og hører mer på brukerne. ' +
      'Kommunen vil gi flere studieplasser, tilby oppfølgingskurs og gi praksisplass ved alle tjenestesteder for personer med rusproblemer.',
    kind: 'WORK',
    categories: ['EDUCATION', 'WORK_TRAINING'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote: 'Handlingsplan 000:816-820, 852-856; BrukerPlan 004:670-672 («MB-studie»). Opptak, sted og tider er ikke oppgitt.',
  },
  {
    slug: 'brannsjansen',
    providerSlug: 'sportsklubben-brann',
    name: 'Brannsjansen',
    summary: 'Tiltak i regi av Sportsklubben Brann, der kommunen bidrar med en sosialfaglig stilling. Innholdet er ikke beskrevet ennå.',
    description:
      'Brannsjansen er det andre av to tiltak der Bergen kommune og Sportsklubben Brann samarbeider, ved siden av Gatelaget. ' +
      'Kommunen bidrar med en sosialfaglig stilling. Innhold, målgruppe og oppstart er ikke beskrevet i kommunens planer.',
    kind: 'WORK',
    categories: [],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:675-678. Bare navngitt. [utledet] Ført som arbeidsrettet tiltak fordi det omtales i kapittelet om arbeidsrettede tiltak (7.4).',
  },
  {
    slug: 'lara',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'LARA – arbeid og aktivitet for deg i LAR',
    summary:
      'Oppfølging mot aktivitet, arbeid og utdanning for deg som er i legemiddelassistert rehabilitering (LAR). Du kan ikke bruke rusmidler mens du deltar.',
    description:
      'LARA er et tilbud for pasienter i LAR med vekt på arbeid og aktivitet. ' +
      'Du får samlet helse- og sosialfaglig oppfølging fra NAV sosialtjeneste, statlig NAV og tverrfaglig spesialisert rusbehandling (TSB). ' +
      'Det er et høyterskeltilbud: du kan ikke bruke rusmidler mens du deltar. Målet er aktivitet, arbeid og utdanning. ' +
      'LARA finnes i Arna, Åsane og Årstad, og kommunen vil vurdere å utvide tilbudet.',
    kind: 'WORK',
    categories: ['WORK_TRAINING', 'EDUCATION', 'INDIVIDUAL_FOLLOW_UP'],
    districts: ['ARNA', 'ASANE', 'ARSTAD'],
    targetGroups: ['USERS'],
    sobrietyRule: 'DRUG_FREE',
    sourceNote:
      'Handlingsplan 000:617-622, 706; Plan for rusfeltet 002:173 («LARA nord», 2016). Bydeler oppgitt i 000:619. ' +
      'Krav om ikke å bruke rusmidler (000:621-622).',
  },
  {
    slug: 'ips-jobbspesialister',
    providerSlug: 'nav',
    name: 'Jobbspesialister i NAV (IPS – individuell jobbstøtte)',
    summary: 'En jobbspesialist hjelper deg å finne og beholde en vanlig, lønnet jobb, også mens du er i behandling.',
    description:
      'IPS (individuell jobbstøtte) er en metode der målet er rett jobb til rett person i det vanlige arbeidslivet. ' +
      'En jobbspesialist i NAV hjelper deg med jobbsøkingen, kobler deg med arbeidsgivere og følger opp både deg og arbeidsgiveren, også etter at du har fått jobb. ' +
      'Oppfølgingen kan gå samtidig med behandling. Jobbspesialistene jobber ute og kan møte deg på kommunale sentre. ' +
      'Kommunen vil ha flere jobbspesialister som jobber spesielt med personer med rusproblemer.',
    kind: 'WORK',
    categories: ['JOB_SUPPORT'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:190-195, 555-573, 600; Plan for rusfeltet 002:756, 791; presentasjon 003:166. Jobbspesialister er «tilknyttet NAV-kontorene» (000:567).',
  },
  {
    slug: 'aft',
    providerSlug: 'nav',
    name: 'Arbeidsforberedende trening (AFT)',
    summary: 'Trening først i et tilrettelagt arbeidsmiljø og så i vanlig arbeidsliv, for å styrke mulighetene dine for jobb.',
    description:
      'AFT består av avklaring, arbeidsutprøving, arbeidstrening og opplæring. Først jobber du i et tilrettelagt miljø, deretter prøver du deg i det vanlige arbeidslivet. ' +
      'Du bidrar ut fra dine ressurser, og tiltaket skal gi gode overganger videre, for eksempel fra kommunale til statlige tiltak.',
    kind: 'WORK',
    categories: ['WORK_TRAINING'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote: 'Handlingsplan 000:608-615. [utledet] Tilbyder NAV (statlig tiltak); planen oppgir ikke tilbyder.',
  },
  {
    slug: 'vta',
    providerSlug: 'nav',
    name: 'Varig tilrettelagt arbeid (VTA)',
    summary: 'Tilrettelagt arbeid uten tidsgrense for deg som har, eller snart venter å få, uføretrygd.',
    description:
      'VTA er for deg som har uføretrygd, eller snart venter å få det, og som trenger særlig tilrettelegging og oppfølging i arbeid. ' +
      'Arbeidet kan være i en tilrettelagt bedrift eller på en enkeltplass i en vanlig virksomhet. ' +
      'Tiltaket har ingen tidsgrense, men NAV vurderer jevnlig om annet arbeid, tiltak eller utdanning kan passe. ' +
      'Kommunen vil samarbeide med NAV om flere VTA-plasser for personer med langvarig rusavhengighet.',
    kind: 'WORK',
    categories: ['WORK_TRAINING'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote: 'Handlingsplan 000:689-700, 719. Kommunen samarbeider med «NAV stat» om flere plasser (000:698, 719).',
  },
  {
    slug: 'jobbfokus-og-fia',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'Jobbfokus og FIA (Folk i arbeid)',
    summary: 'Lavterskel arbeidsrettet tilbud ved alle NAV-kontorene i Bergen, også for unge uten stønad.',
    description:
      'Jobbfokus og FIA drives av NAV og Bergen kommune sammen ved alle NAV-kontorene i byen. ' +
      'Får du økonomisk sosialhjelp, kan oppmøte være et vilkår for stønaden (aktivitetsplikt). Tilbudet kan også gis til unge som ikke får stønad.',
    kind: 'WORK',
    categories: ['WORK_TRAINING', 'JOB_SUPPORT'],
    districts: [],
    targetGroups: ['USERS', 'YOUNG_PEOPLE'],
    citywide: true,
    sourceNote:
      'Handlingsplan 000:748-751; Plan for rusfeltet 002:628-630. [utledet] Byomfattende fordi det drives ved alle NAV-kontorene. ' +
      'Planene er ulike om vilkåret: for å motta (000:750) eller beholde (002:630) stønad.',
  },
  {
    slug: 'studier-med-stotte',
    providerSlug: 'nav',
    name: 'Studier med støtte (SMS)',
    summary: 'Tett oppfølging gjennom høyere utdanning og over i jobb.',
    description:
      'Studier med støtte hjelper deg å fullføre studier ved høgskole eller universitet. ' +
      'Du får tett oppfølging gjennom hele studiet og i overgangen til arbeid. ' +
      'Tiltaket er et samarbeid mellom deg som student, SMS, studiestedet og NAV-kontoret.',
    kind: 'WORK',
    categories: ['EDUCATION', 'INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:760-766, 784. [utledet] Ført under NAV fordi NAV-kontoret er en av partene; planen sier ikke hvem som driver SMS.',
  },
  {
    slug: 'arbeids-og-aktivitetstiltak-nav-bergenhus',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'Arbeids- og aktivitetstiltak ved NAV Bergenhus',
    summary: 'Arbeids- og aktivitetstilbud med fysisk aktivitet, for deg som vil mestre rusen og klare deg selv økonomisk.',
    description:
      'NAV sosialtjeneste bygger opp arbeids- og aktivitetstiltak i flere deler av byen, blant annet ved NAV Bergenhus i sentrum. ' +
      'Tiltakene er åpne for hele byen, og fysisk aktivitet er en fast del. Målet er bedre rusmestring og at du kan forsørge deg selv. ' +
      'Tiltaket var under etablering da kommunens plan ble skrevet.',
    kind: 'WORK',
    categories: ['WORK_TRAINING', 'PHYSICAL_ACTIVITY'],
    districts: ['BERGENHUS'],
    targetGroups: ['USERS'],
    citywide: true,
    sourceNote:
      'Handlingsplan 000:664-673, 711-715. Byomfattende, «NAV Bergenhus sosialtjeneste» (000:665-666). ' +
      `Tilsvarende tiltak i Bergen vest og Bergen sør er ikke ført opp. ${ADDRESS_PLACEHOLDER}`,
    locations: [
      {
        name: 'NAV Bergenhus',
        address: 'Kaigaten 9',
        postcode: '5016',
        city: 'Bergen',
        district: 'BERGENHUS',
        latitude: 60.3906,
        longitude: 5.3216,
        placeholder: true,
      },
    ],
  },
];
