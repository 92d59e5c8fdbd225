// Activity measures, escort services and user-run meeting places (Handlingsplan §7.3).
import { ADDRESS_PLACEHOLDER, HOURS_PLACEHOLDER, WEEKDAYS, windows, type SeedMeasure } from './types';

export const activityMeasures: SeedMeasure[] = [
  {
    slug: 'fritid-med-bistand',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'Fritid med bistand',
    summary:
      'Få hjelp til å finne en fritidsaktivitet du har lyst på, og noen som blir med deg de første gangene. Du kan også trene og gå tur i gruppe.',
    description:
      'Fritid med bistand er et kommunalt tilbud for hele byen. Du kan få en trenings- eller støttekontakt, bli med i en treningsgruppe eller turgruppe, eller få oppfølging alene. ' +
      'Kommunen bygger tilbudet ut til et team av fagfolk og medarbeidere med egen brukererfaring. Teamet finner ut sammen med deg hva du har lyst til, finner aktiviteter som passer, og blir med deg når du begynner. ' +
      'Fritid med bistand har også ansvaret for ettervern.bergen.no.',
    kind: 'ACTIVITY',
    categories: ['PHYSICAL_ACTIVITY', 'OUTDOORS', 'INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['USERS'],
    citywide: true,
    sourceNote:
      'Handlingsplan 000:240-245, 265-268, 373-382, 418, 441-443; Plan for rusfeltet 002:171, 843; presentasjon 003:165. ' +
      'Byomfattende (000:373). [utledet] Organisert under NAV sosialtjeneste (002:843). ' +
      '002:843 nevner «Fritid med bistand i Fyllingsdalen», men det er uklart om stedet gjelder dette tilbudet, så ingen bydel er satt. ' +
      '[demo] Kontakt: kommunens sentralbord og nettsted, ikke fra planene; bekreft teamets eget nummer. ' +
      HOURS_PLACEHOLDER,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      // Two windows on Tuesday: office hours plus an evening group, as the plans ask for evening offers.
      weekly: [...windows(WEEKDAYS, '09:00', '15:00'), ...windows([2], '17:00', '20:00'), ...windows([6], '11:00', '15:00')],
    },
    // Not from the plans: Bergen kommune's switchboard and website, which reach the team.
    // Demo data until the team confirms its own number; said so in the contact's name.
    contact: {
      name: 'Bergen kommune, sentralbordet (demodata, ikke bekreftet)',
      phone: '55 56 55 56',
      // Reserved for examples (example.org): contact requests reach nobody real until the team
      // gives its own address. Without SMTP_HOST nothing is sent at all.
      email: 'fritid-med-bistand@example.org',
      website: 'https://www.bergen.kommune.no',
    },
    // Its job is helping people get started: requests to be contacted are at home here.
    acceptsContactRequests: true,
  },
  {
    slug: 'steg-for-steg',
    providerSlug: 'bla-kors',
    name: 'Steg for steg',
    summary: 'Frivillige fra Blå Kors følger deg inn i aktiviteter og tiltak, før, under og etter behandling.',
    description:
      'Steg for steg er en følgetjeneste der frivillige hjelper deg å komme i gang med aktiviteter og tiltak, og å fortsette med dem. ' +
      'Oppfølgingen kan starte før behandling i spesialisthelsetjenesten og vare under og etter behandlingen. ' +
      'Tjenesten er en form for likemannsarbeid, og Blå Kors samarbeider med kommunens Fritid med bistand.',
    kind: 'ESCORT_SERVICE',
    categories: ['INDIVIDUAL_FOLLOW_UP', 'SELF_HELP_PEER_SUPPORT'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:383-395, 445-446; presentasjon 003:165 (følgetjenestene skal gjøres byomfattende). ' +
      'Inngangskriterier, sted og tider er ikke oppgitt.',
    // An escort service: being contacted is the usual way in (requests go to Fritid med bistand).
    acceptsContactRequests: true,
  },
  {
    slug: 'nettverk-etter-soning',
    providerSlug: 'rode-kors',
    name: 'Nettverk etter soning',
    summary: 'Frivillige fra Røde Kors gir støtte og følge til aktiviteter når du kommer ut etter soning.',
    description:
      'Nettverk etter soning er en følgetjeneste der frivillige støtter personer som har sonet i fengsel. ' +
      'Målet er å bygge en bro fra tiden i fengsel til aktiviteter og et nettverk utenfor. ' +
      'Røde Kors samarbeider med kommunens Fritid med bistand om tilbudet.',
    kind: 'ESCORT_SERVICE',
    categories: ['INDIVIDUAL_FOLLOW_UP', 'SELF_HELP_PEER_SUPPORT'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:383-395; presentasjon 003:165. [utledet] At tjenesten gjelder overgangen fra fengsel bygger på navnet og 000:390-391. ' +
      'Inngangskriterier, sted og tider er ikke oppgitt.',
    // An escort service: being contacted is the usual way in (requests go to Fritid med bistand).
    acceptsContactRequests: true,
  },
  {
    slug: 'dagsverket',
    providerSlug: 'alf-as',
    name: 'Dagsverket',
    summary: 'Lavterskel arbeid med rydding og oppdrag i byen, noen timer om gangen. Lønnen får du samme dag.',
    description:
      'I Dagsverket kan du prøve hvor mye du klarer å jobbe, i et tilbud som er svært fleksibelt. ' +
      'Arbeidslagene rydder åpne russcener og offentlige områder og tar lignende oppdrag for kommunen, bedrifter og borettslag. ' +
      'Ifølge kommunens plan for rusfeltet har hvert MO-senter ti plasser fordelt på to arbeidslag to dager i uken, og du kan jobbe opptil fire timer for 50 kroner timen, utbetalt kontant når dagen er ferdig. ' +
      'Når du begynner, vurderes det hvor ruspåvirket du er, av hensyn til arbeidet og sikkerheten. ' +
      'Dagsverket kan være et steg videre til annen arbeidsrettet aktivitet, og kommunen vil utvide med flere plasser og flere typer oppgaver.',
    kind: 'ACTIVITY',
    categories: ['WORK_TRAINING'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:397-403, 448, 464; Plan for rusfeltet 002:163, 740-742; presentasjon 003:165; BrukerPlan 004:654-660. ' +
      'Kalles aktivitetstiltak (000), lavterskel arbeidstiltak (002) og arbeidstrening uten krav om oppmøte (004); her ført som aktivitetstiltak med kategori arbeidstrening. ' +
      'Arbeidslag rekrutteres ved Strax-huset og MO-Nesttun (002:740); ingen bydel satt. Lønnstallene er fra 2018-planen. ' +
      '«To dager i uken» (002:740): eksempeltidene følger dette. ' +
      HOURS_PLACEHOLDER,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: windows([2, 4], '09:00', '13:00'),
      exceptions: [
        { startDate: '2026-07-06', endDate: '2026-07-26', closed: true, note: 'Eksempel: sommerpause i tre uker (ikke bekreftet).' },
      ],
    },
  },
  {
    slug: 'musikktilbud',
    providerSlug: 'bergen-kommune',
    name: 'Musikktilbud med musikkterapeut',
    summary: 'Spill og lag musikk sammen med en musikkterapeut, alene eller i gruppe.',
    description:
      'Kommunen bygger musikkterapi inn i sine aktivitetstilbud. Du jobber med musikk sammen med en musikkterapeut, enten alene eller i gruppe. ' +
      'Mange opplever mestring, og noen går fra å lytte til å spille og opptre selv. ' +
      'Kommunen er også med i kunnskapsklyngen POLYFON om musikk og helse.',
    kind: 'ACTIVITY',
    categories: ['MUSIC'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Handlingsplan 000:203-205, 405-411, 450; presentasjon 003:165. Planen sier at musikkterapi skal integreres og videreutvikles i kommunale aktivitetstiltak; hvor og når er ikke oppgitt. ' +
      HOURS_PLACEHOLDER,
    hours: { status: 'REGULAR', placeholder: true, weekly: windows([4], '17:00', '19:30') },
  },
  {
    slug: 'kreative-verksteder',
    providerSlug: 'bergen-kommune',
    name: 'Kreative verksteder ved MO-sentrene',
    summary: 'Tegn, mal, fotografer, snekre eller sy sammen med andre ved MO-sentrene.',
    description:
      'Kreative aktiviteter er en del av tilbudet ved MO-sentrene, og brukes også av private ideelle tiltak. ' +
      'Du velger selv hva du vil gjøre, for eksempel tegning, maling, foto, trearbeid eller søm. ' +
      'Å skape noe, og kanskje stille det ut, kan gi mestring og en ny måte å se seg selv på. Kommunen vil bygge ut slike tilbud.',
    kind: 'ACTIVITY',
    categories: ['CREATIVE'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote: 'Handlingsplan 000:424-430, 454; presentasjon 003:165. Hvilke sentre og tider er ikke oppgitt. ' + HOURS_PLACEHOLDER,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [...windows([1, 3], '12:00', '15:00'), ...windows([7], '13:00', '16:00')],
    },
  },
  {
    slug: 'arna-aktiv',
    providerSlug: 'nav-sosialtjenesten-bergen',
    name: 'Arna Aktiv',
    summary:
      'Trening og arbeidsoppgaver i et støttende fellesskap. Du trenger ikke søke, men kan ikke delta når du er ruspåvirket.',
    description:
      'Arna Aktiv er et tilbud for hele byen som bruker fysisk aktivitet og arbeidsoppgaver til å gi bedre helse. ' +
      'Du trenger ikke søke for å være med, men det er klare regler for oppmøte, og er du ruspåvirket, står du over aktiviteten den dagen. ' +
      'Deltakerne kan ta på seg frivillig arbeid, og for mange er Arna Aktiv et viktig steg mot utdanning eller vanlig jobb. ' +
      'Tiltaket samarbeider tett med kommunale tjenester og er modell for nye arbeids- og aktivitetstilbud i byen.',
    kind: 'ACTIVITY',
    categories: ['PHYSICAL_ACTIVITY', 'WORK_TRAINING'],
    districts: ['ARNA'],
    targetGroups: ['USERS'],
    citywide: true,
    applicationRequired: false,
    sobrietyRule: 'NOT_INTOXICATED',
    howToStart:
      'Du trenger ikke sende søknad. Det er klare krav til oppmøte, og du må stå over aktiviteten hvis du er ruspåvirket.',
    sourceNote:
      'Handlingsplan 000:419-422, 653-662, 704; Plan for rusfeltet 002:169, 843; presentasjon 003:166. ' +
      'Byomfattende (000:419, 654). Ingen søknad, ikke ruspåvirket (000:655-656). [utledet] Holder til i Arna (navnet), bydel Arna er utledet. ' +
      HOURS_PLACEHOLDER + ' ' + ADDRESS_PLACEHOLDER,
    hours: { status: 'REGULAR', placeholder: true, weekly: windows([1, 3, 5], '09:00', '14:00') },
    locations: [
      {
        name: 'Arna Aktiv',
        address: 'Arnavegen 40',
        postcode: '5260',
        city: 'Indre Arna',
        district: 'ARNA',
        latitude: 60.4208,
        longitude: 5.4637,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'gatelaget-brann',
    providerSlug: 'sportsklubben-brann',
    name: 'Gatelaget Brann',
    summary:
      'Fotball og fellesskap for deg som er rusavhengig og liker å spille. Kan føre videre til arbeidstrening på Brann stadion.',
    description:
      'Gatelaget er et dagtilbud i regi av Sportsklubben Brann, der det sosiale står i sentrum. ' +
      'Gjennom trening og fellesskap er målet flere timer og dager uten rus, og motivasjon til å ta neste steg. ' +
      'Som spiller kan du også få oppgaver og arbeidstrening på Brann stadion, og senere hjelp til praksis eller jobb i en vanlig bedrift. Du kan fortsette på laget mens du er i jobb. ' +
      'Kommunen betaler en sosialfaglig stilling i tiltaket.',
    kind: 'ACTIVITY',
    categories: ['PHYSICAL_ACTIVITY', 'SOCIAL_MEETING_PLACE', 'WORK_TRAINING'],
    districts: ['ARSTAD'],
    targetGroups: ['USERS'],
    citywide: true,
    sourceNote:
      'Handlingsplan 000:675-687, 716-717. Byomfattende (000:685). Arbeidstrening på Brann stadion (000:682); [utledet] Brann stadion ligger i Årstad. ' +
      'Planen vil vurdere et eget tiltak for kvinner (000:687). ' +
      HOURS_PLACEHOLDER + ' Også lørdagstreningen om sommeren er eksempeldata. ' +
      'Adressen er bekreftet: Brann stadions offentlige adresse og koordinater (Wikipedia); at Gatelaget er der, bygger på 000:682.',
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [
        ...windows([2, 4], '10:00', '13:00'),
        ...windows([6], '11:00', '13:00', { validFrom: '2026-05-01', validTo: '2026-09-30' }),
      ],
    },
    locations: [
      {
        // The one address the plans pin down: a public landmark (000:682). Its street
        // address and coordinates (60°22′0.8″N 5°21′25.5″E) are Wikipedia's, so it is
        // confirmed and counts when the catalogue sorts by distance.
        name: 'Brann stadion',
        address: 'Kniksens plass 1',
        postcode: '5063',
        city: 'Bergen',
        district: 'ARSTAD',
        latitude: 60.3669,
        longitude: 5.3571,
        placeholder: false,
      },
    ],
  },
  {
    slug: 'rost-huset',
    providerSlug: 'rost-huset',
    name: 'Røst Huset',
    summary: 'Et hus startet av brukere og pårørende, for fellesskap, brukerstyring og likeverd.',
    description:
      'Røst Huset er en ideell organisasjon som brukere og pårørende har startet sammen. ' +
      'Huset skal sette i gang initiativ som fremmer brukerstyring, likeverd, rettferdighet, fellesskap og verdighet. ' +
      'Kommunen nevner også RØST-konferansen som eksempel på en brukerstyrt aktivitet, og har vurdert å gi Røst Huset plass i et nytt arbeids- og aktivitetshus i sentrum.',
    kind: 'ACTIVITY',
    categories: ['SELF_HELP_PEER_SUPPORT', 'SOCIAL_MEETING_PLACE'],
    districts: [],
    targetGroups: ['USERS', 'RELATIVES'],
    sourceNote:
      'Handlingsplan 000:636-640, 838. [utledet] At tilbudet er for både brukere og pårørende bygger på at begge grupper startet det. Sted er ikke oppgitt. ' +
      HOURS_PLACEHOLDER,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [...windows([3], '17:00', '21:00'), ...windows([6], '12:00', '16:00')],
    },
  },
];
