// Offers for young people (Utekontakten, NAV) and for relatives (pårørende). The plans ask
// for relatives' offers to be in the catalogue too (Handlingsplan 000:868-871).
import type { SeedMeasure } from './types';

export const youthMeasures: SeedMeasure[] = [
  {
    slug: 'tidlig-ute',
    providerSlug: 'utekontakten-i-bergen',
    name: 'Tidlig Ute',
    summary:
      'Et alternativ til vanlig straff for unge som er pågrepet for narkotikalovbrudd, med egen kontaktperson og oppfølging i minst seks måneder.',
    description:
      'Tidlig Ute er for ungdom og unge voksne som blir pågrepet for narkotikarelatert kriminalitet. ' +
      'I stedet for vanlig straff kan du få påtaleunnlatelse med vilkår om å følge et program tilpasset deg i minst seks måneder. ' +
      'Du får en egen kontaktperson, lager en oppfølgingsplan sammen med kontaktpersonen og har samtaler om din egen rusbruk. ' +
      'Utekontakten driver tiltaket sammen med politiet og Helse Bergen. Bryter du vilkårene, går saken tilbake til påtalemyndigheten.',
    kind: 'YOUTH_FOLLOW_UP',
    categories: ['INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['YOUNG_PEOPLE'],
    ageMin: 15,
    ageMax: 25,
    howToStart:
      'Tilbudet gis etter at du er pågrepet av politiet. Du må erkjenne det du er siktet for, og selv ønske et alternativ til vanlig straff.',
    sourceNote:
      'Handlingsplan 000:519-522; Plan for rusfeltet 002:590-596. Alder: 002:596 sier «fra 15 til 25 år», 000:520 sier «under 25 år»; her 15–25 etter 002. ' +
      'Politipartner kalles «Hordaland politidistrikt» (002:592).',
  },
  {
    slug: 'due-der-ungdom-er',
    providerSlug: 'utekontakten-i-bergen',
    name: 'DUE – Der Ungdom Er',
    summary: 'Samlet oppfølging for utsatt ungdom mellom 16 og 23 år, med egen kontaktperson og tilgjengelig hele døgnet.',
    description:
      '«Der Ungdom Er» (DUE) gir ungdom og unge voksne samordnet oppfølging tilpasset den enkelte, der de bor. ' +
      'Du får en egen koordinator eller kontaktperson med utdanning og erfaring fra arbeid med unge. ' +
      'Tilbudet er for deg som bor i Bergen, er mellom 16 og 23 år og for eksempel trenger oppfølging etter barnevern, institusjon eller fengsel, trenger behandling for rus eller psykiske vansker, mangler bolig, eller mangler noe meningsfullt å gjøre på dagtid. ' +
      'Siden 2017 har DUE også tiltak i hjemmet.',
    kind: 'YOUTH_FOLLOW_UP',
    categories: ['INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['YOUNG_PEOPLE'],
    citywide: true,
    ageMin: 16,
    ageMax: 23,
    referralRequired: true,
    referralFrom: 'Barneverntjenesten eller NAV sosialtjeneste',
    applicationRequired: true,
    howToStart:
      'Barneverntjenesten eller NAV sosialtjeneste vurderer hva du trenger, og sender søknad til DUE for deg.',
    sourceNote:
      'Handlingsplan 000:524-526; Plan for rusfeltet 002:600-610. Alder: 002:602 «mellom 16 og 23 år», 000:524 «opptil 23 år»; her 16–23. ' +
      'Tilgjengelig 24 timer i døgnet (002:600). Søknad fra barnevern eller NAV sosialtjeneste (002:610). ' +
      '[utledet] Byomfattende fordi tilbudet gjelder ungdom bosatt i Bergen. [utledet] Henvisning kreves fordi søknaden sendes av barnevern eller NAV.',
    hours: { status: 'ALWAYS_OPEN', placeholder: false, weekly: [] },
  },
  {
    slug: 'bevisstgjoringssamtaler-cannabis',
    providerSlug: 'utekontakten-i-bergen',
    name: 'Bevisstgjøringssamtaler om cannabis',
    summary: 'Tre til fire samtaler for deg under 18 som har prøvd cannabis, om fakta, egen bruk og endring.',
    description:
      'Utekontakten og ungdomshelsetjenestene tilbyr samtaler til ungdom under 18 år som eksperimenterer med cannabis og kan stå i fare for å bli avhengig. ' +
      'Du får tre til fire samtaler med fakta om cannabis, tid til å tenke over egen bruk, og støtte hvis du vil endre den.',
    kind: 'YOUTH_FOLLOW_UP',
    categories: ['INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['YOUNG_PEOPLE'],
    ageMax: 17,
    sourceNote: 'Plan for rusfeltet 002:424. «Under 18 år» gir øvre alder 17. Sted og oppstart er ikke oppgitt.',
  },
  {
    slug: 'klar-for-arbeid',
    providerSlug: 'utekontakten-i-bergen',
    name: 'Klar for arbeid – deltidsjobb for ungdom',
    summary: 'Arbeidserfaring gjennom deltidsjobb for ungdom på videregående skole som har det vanskelig.',
    description:
      'Utekontakten har et prosjekt som skal gi vanskeligstilt ungdom på videregående skole arbeidserfaring gjennom deltidsarbeid («Inkludering gjennom deltidsarbeid»). ' +
      'Fordi mange ville være med, kom delprosjektet «Klar for arbeid» til i 2017. Det er for ungdom som av ulike grunner ikke får plass i det vanlige deltidsjobbprosjektet.',
    kind: 'WORK',
    categories: ['WORK_TRAINING', 'JOB_SUPPORT'],
    districts: [],
    targetGroups: ['YOUNG_PEOPLE'],
    sourceNote: 'Handlingsplan 000:768-773, 786. Alder er ikke oppgitt utover «ungdom på videregående skole».',
  },
  {
    slug: 'nav-i-videregaende-skole',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'NAV i videregående skole',
    summary: 'Oppfølging fra NAV på skolen for elever som står i fare for å slutte på videregående.',
    description:
      '«NAV i videregående skole» er et nasjonalt prosjekt som i Bergen prøves ut ved Årstad videregående skole. ' +
      'Elever som står i fare for å falle ut av skolen, får individuell oppfølging, NAV-tjenester og opplæring. ' +
      'Prosjektet er et samarbeid mellom Bergen kommune og fylkeskommunen.',
    kind: 'YOUTH_FOLLOW_UP',
    categories: ['EDUCATION', 'INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['YOUNG_PEOPLE'],
    sourceNote:
      'Handlingsplan 000:753-758, 781. [utledet] Tilbyder ført som NAV sosialtjeneste; planen sier samarbeid mellom kommunen og fylkeskommunen. ' +
      'Skolens navn tyder på Årstad, men planen oppgir ikke bydel.',
  },
  {
    slug: 'tiltak-for-unge-under-30',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'Tilpassede tiltak for unge under 30 som får sosialhjelp',
    summary: 'Aktivitets- og arbeidstiltak tilpasset deg, for unge som får sosialhjelp og står langt fra arbeidslivet.',
    description:
      'NAV sosialtjeneste skal gi unge under 30 år som får økonomisk sosialhjelp, og som står langt fra arbeid, aktivitets- og arbeidstiltak tilpasset den enkelte. ' +
      'Det gjelder også unge som har falt ut av videregående skole. Målet er at du kommer i behandling, utdanning, praksis eller jobb i stedet for å leve av sosialhjelp. ' +
      'For mange i denne alderen gjelder aktivitetsplikt: oppmøte kan være et vilkår for å få stønad.',
    kind: 'WORK',
    categories: ['WORK_TRAINING', 'INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['YOUNG_PEOPLE', 'USERS'],
    ageMin: 18,
    ageMax: 29,
    sourceNote:
      'Handlingsplan 000:737, 778-779; Plan for rusfeltet 002:626-630, 654, 843; presentasjon 003:166. ' +
      'Alder: aktivitetsplikt «under 30 år» (000:737) og «18-30 år» (002:843); her 18–29.',
  },
];

export const relativesMeasures: SeedMeasure[] = [
  {
    slug: 'bergen-recoveryskole',
    providerSlug: 'bergen-kommune',
    // The page labels it as planned from the flag; the name stays the school's own.
    name: 'Bergen Recoveryskole',
    planned: true,
    summary:
      'Planlagt skole med kurs der brukere, pårørende og fagfolk lærer av hverandre. Kommunen har planlagt den, men det er ikke bekreftet at den har startet.',
    description:
      'Bergen kommune ønsker å starte Bergen Recoveryskole. Skolen skal ha kurs som styrker deltakernes egen bedringsprosess (recovery), med vekt på støtte, håp, kontroll og muligheter. ' +
      'Brukere, helsearbeidere og pårørende skal lære av hverandre, og deltakerne kalles studenter. ' +
      'Kursene skal lages og holdes av personer med egen erfaring sammen med fagfolk.',
    kind: 'ACTIVITY',
    categories: ['COURSES', 'SELF_HELP_PEER_SUPPORT'],
    districts: [],
    targetGroups: ['USERS', 'RELATIVES'],
    sourceNote:
      'Handlingsplan 000:431-436, 456-457, 838; presentasjon 003:164. Planlagt («ønsker å etablere»); sted, tider og opptak er ikke oppgitt.',
  },
  {
    slug: 'nalokson-opplaering',
    providerSlug: 'bergen-kommune',
    name: 'Opplæring i nalokson nesespray',
    summary: 'Lær å bruke nalokson nesespray, motgift ved overdose av opioider. For brukere, pårørende og ansatte.',
    description:
      'Nalokson er en motgift som kan redde liv ved overdose av opioider, for eksempel heroin. ' +
      'Bergen kommune lærer opp brukere, pårørende og ansatte i å bruke nalokson nesespray. ' +
      'Opplæringen er en del av kommunens arbeid mot overdoser, sammen med blant annet kurs i hjerte- og lungeredning.',
    kind: 'FOR_RELATIVES',
    categories: ['HARM_REDUCTION', 'COURSES'],
    districts: [],
    targetGroups: ['USERS', 'RELATIVES'],
    sourceNote:
      'Plan for rusfeltet 002:724-727; presentasjon 003:110-111. Ført som tilbud for pårørende fordi pårørende nevnes uttrykkelig. Sted, tider og påmelding er ikke oppgitt.',
  },
  {
    slug: 'veiledning-for-parorende',
    providerSlug: 'bergen-kommune',
    name: 'Veiledning for pårørende',
    summary: 'Er du pårørende til noen med rusproblemer, har du alltid rett på generell veiledning fra kommunens tjenester.',
    description:
      'Som pårørende kan du trenge råd om hvordan du skal forholde deg til en som har et rusproblem. ' +
      'Alle pårørende har alltid rett på generell veiledning, og de ansatte bryter ikke taushetsplikten ved å lytte til deg. ' +
      'Hvis den det gjelder samtykker, kan du også være med i oppfølgingen. ' +
      'Kommunens tjenester skal fortelle pårørende om egne tilbud og om tilbud fra frivillige og ideelle organisasjoner.',
    kind: 'FOR_RELATIVES',
    categories: ['INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['RELATIVES'],
    sourceNote:
      'Plan for rusfeltet 002:975, 1020; Handlingsplan 000:863-879; presentasjon 003:168. Hvilken tjeneste og hvordan en tar kontakt er ikke oppgitt.',
  },
  {
    slug: 'etterlatte-etter-overdose',
    providerSlug: 'bergen-kommune',
    name: 'Oppfølging av etterlatte etter overdosedødsfall',
    summary: 'Kommunens kriseteam gir også oppfølging til etterlatte når noen dør av overdose.',
    description:
      'Kommunen har utvidet retningslinjen for de lokale kriseteamene, slik at etterlatte etter dødsfall på grunn av overdose får samme oppfølging som etterlatte etter selvmord. ' +
      'Kommunen samarbeider også med pårørendeorganisasjoner, blant annet om markeringen av verdens overdosedag 31. august.',
    kind: 'FOR_RELATIVES',
    categories: ['INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['RELATIVES'],
    sourceNote: 'Plan for rusfeltet 002:730, 795. Hvordan en kommer i kontakt med kriseteamet er ikke oppgitt.',
  },
];
