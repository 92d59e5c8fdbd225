// Low-threshold centres (MO-sentre) and health services named in Plan for rusfeltet ch. 2-3.
import { ADDRESS_PLACEHOLDER, EVERY_DAY, HOURS_PLACEHOLDER, WEEKDAYS, windows, type SeedException, type SeedMeasure } from './types';

// The MO-centres share what the plans say about all of them; only the local part differs.
const MO_COMMON =
  'MO-sentrene (mottaks- og oppfølgingssentre) er for personer med alvorlige og langvarige rusproblemer. ' +
  'Her kan du få råd, omsorg og helsehjelp, og sentrene er også viktige sosiale møteplasser. ' +
  'Sentrene har faste åpningstider, og du trenger ikke henvisning.';
const MO_SOURCES = 'Handlingsplan 000:459-477; Plan for rusfeltet 002:690, 696; presentasjon 003:147, 165. Ingen krav til henvisning og faste åpningstider (002:690).';
const MO_HOW_TO_START = 'Kom innom i åpningstiden. Du trenger ikke henvisning.';

const christmasClosed: SeedException = {
  startDate: '2026-12-24',
  endDate: '2026-12-26',
  closed: true,
  note: 'Eksempel: stengt i julen (ikke bekreftet).',
};

export const centreAndHealthMeasures: SeedMeasure[] = [
  {
    slug: 'mo-wergeland',
    providerSlug: 'bergen-kommune',
    name: 'MO-senteret Wergeland',
    summary: 'Lavterskel helse- og omsorgssenter med mange planlagte aktiviteter. Kom innom uten henvisning.',
    description:
      MO_COMMON +
      ' MO-Wergeland har et bredt utvalg av planlagte, organiserte aktiviteter. Kommunen vil tilpasse åpningstidene slik at det blir mer aktivitet på kvelder og i helger.',
    kind: 'LOW_THRESHOLD_CENTRE',
    categories: ['SOCIAL_MEETING_PLACE', 'HEALTH_CARE', 'HARM_REDUCTION'],
    districts: ['ARSTAD'],
    targetGroups: ['USERS'],
    referralRequired: false,
    dropIn: true,
    howToStart: MO_HOW_TO_START,
    sourceNote: `${MO_SOURCES} Etablert 2014 (002:162). [utledet] Wergeland ligger i Årstad. ${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [...windows(WEEKDAYS, '09:00', '15:00'), ...windows([2, 4], '16:00', '20:00'), ...windows([6], '12:00', '16:00')],
      exceptions: [christmasClosed],
    },
    locations: [
      {
        name: 'MO-Wergeland',
        address: 'Fjøsangerveien 50',
        postcode: '5054',
        city: 'Bergen',
        district: 'ARSTAD',
        latitude: 60.3705,
        longitude: 5.3452,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'mo-nesttun',
    providerSlug: 'bergen-kommune',
    name: 'MO-senteret Nesttun',
    summary: 'Lavterskel helse- og omsorgssenter med gruppeaktiviteter i hverdagen. Kom innom uten henvisning.',
    description:
      MO_COMMON +
      ' MO-Nesttun legger vekt på gruppeaktiviteter som er en del av hverdagen på senteret, og har et delvis skjermet uteområde. Dagsverket rekrutterer arbeidslag her.',
    kind: 'LOW_THRESHOLD_CENTRE',
    categories: ['SOCIAL_MEETING_PLACE', 'HEALTH_CARE', 'HARM_REDUCTION'],
    districts: ['FANA'],
    targetGroups: ['USERS'],
    referralRequired: false,
    dropIn: true,
    howToStart: MO_HOW_TO_START,
    sourceNote: `${MO_SOURCES} Etablert 2014 (002:162); uteområde (002:668); Dagsverket (002:740). [utledet] Nesttun ligger i Fana. ${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [...windows(WEEKDAYS, '09:00', '16:00'), ...windows([3], '16:30', '20:00'), ...windows([7], '12:00', '16:00')],
      exceptions: [christmasClosed],
    },
    locations: [
      {
        name: 'MO-Nesttun',
        address: 'Nesttunvegen 96',
        postcode: '5221',
        city: 'Nesttun',
        district: 'FANA',
        latitude: 60.3193,
        longitude: 5.3527,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'strax-huset',
    providerSlug: 'bergen-kommune',
    name: 'Strax-huset',
    summary: 'Byens største lavterskelsenter, med helse- og sosialtjenester på dag, kveld og natt. Ingen henvisning.',
    description:
      'Strax-huset i Damsgårdsveien er det største MO-senteret, med et bredt helse- og sosialfaglig tilbud på dag, kveld og natt. ' +
      'Her ligger brukerrommet, som åpnet i desember 2016, og Natthjemmet med seks akuttplasser for overnatting, som fordeles etter først til mølla. ' +
      'Du trenger ikke henvisning. Dagsverket rekrutterer også arbeidslag her.',
    kind: 'LOW_THRESHOLD_CENTRE',
    categories: ['SOCIAL_MEETING_PLACE', 'HEALTH_CARE', 'HARM_REDUCTION'],
    districts: [],
    targetGroups: ['USERS'],
    referralRequired: false,
    dropIn: true,
    howToStart: MO_HOW_TO_START,
    sourceNote:
      `${MO_SOURCES} Plan for rusfeltet 002:670, 712-714, 740, 768; presentasjon 003:116, 149. ` +
      '[utledet] 003 kaller trolig samme senter «MO-Gyldenpris». Damsgårdsveien/Gyldenpris ligger på grensen mellom Årstad og Laksevåg, så ingen bydel er satt. ' +
      `«Dag, kveld og natt» (002:696): eksempeltidene følger dette. ${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      // The evening window runs past midnight (closesAt < opensAt), as the schema allows.
      weekly: [...windows(EVERY_DAY, '08:30', '15:30'), ...windows(EVERY_DAY, '17:00', '02:00')],
      exceptions: [
        { startDate: '2026-12-31', endDate: '2026-12-31', closed: false, opensAt: 600, closesAt: 1080, note: 'Eksempel: nyttårsaften med kortere åpningstid (ikke bekreftet).' },
      ],
    },
    locations: [
      {
        name: 'Strax-huset',
        address: 'Damsgårdsveien 35',
        postcode: '5058',
        city: 'Bergen',
        district: null,
        latitude: 60.3786,
        longitude: 5.3226,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'mo-eidsvag',
    providerSlug: 'bergen-kommune',
    name: 'MO-senteret Eidsvåg',
    summary: 'Det nyeste MO-senteret, bygget på erfaringene fra Nesttun. Kom innom uten henvisning.',
    description:
      MO_COMMON +
      ' MO-Eidsvåg er det nyeste av sentrene og er bygget etter modell av MO-Nesttun, med vekt på gruppeaktiviteter i hverdagen.',
    kind: 'LOW_THRESHOLD_CENTRE',
    categories: ['SOCIAL_MEETING_PLACE', 'HEALTH_CARE', 'HARM_REDUCTION'],
    districts: ['ASANE'],
    targetGroups: ['USERS'],
    referralRequired: false,
    dropIn: true,
    howToStart: MO_HOW_TO_START,
    sourceNote: `${MO_SOURCES} Plan for rusfeltet 002:698, 786; «nyetablert» i 2020 (003:147). [utledet] Eidsvåg ligger i Åsane. ${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [...windows(WEEKDAYS, '10:00', '16:00'), ...windows([4], '16:00', '19:00'), ...windows([6], '12:00', '16:00')],
    },
    locations: [
      {
        name: 'MO-Eidsvåg',
        address: 'Eidsvågveien 60',
        postcode: '5105',
        city: 'Eidsvåg',
        district: 'ASANE',
        latitude: 60.4437,
        longitude: 5.3296,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'motestedet',
    providerSlug: 'kirkens-bymisjon',
    name: 'Møtestedet',
    summary: 'Lavterskel møteplass i Vågsbunnen i sentrum, drevet av Kirkens bymisjon.',
    description:
      'Møtestedet er et lavterskeltilbud i regi av Kirkens bymisjon i Vågsbunnen. Lavterskel betyr at det er lett å komme inn, uten avtale eller henvisning. ' +
      'Kommunen vil samarbeide med tiltakseierne om å flytte tiltakene i Vågsbunnen, så stedet kan endre seg.',
    kind: 'LOW_THRESHOLD_CENTRE',
    categories: ['SOCIAL_MEETING_PLACE'],
    districts: ['BERGENHUS'],
    targetGroups: ['USERS'],
    referralRequired: false,
    sourceNote:
      'Plan for rusfeltet 002:670, 742; presentasjon 003:147. [utledet] Ingen henvisning bygger på at lavterskeltilbud har «ingen krav til henvisning» (002:690). ' +
      `[utledet] Vågsbunnen ligger i Bergenhus. ${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: {
      status: 'REGULAR',
      placeholder: true,
      weekly: [...windows(WEEKDAYS, '10:00', '14:00'), ...windows([7], '12:00', '15:00')],
      exceptions: [
        { startDate: '2027-05-17', endDate: '2027-05-17', closed: false, opensAt: 720, closesAt: 960, note: 'Eksempel: egne åpningstider 17. mai (ikke bekreftet).' },
      ],
    },
    locations: [
      {
        name: 'Møtestedet',
        address: 'Vågsallmenningen 6',
        postcode: '5014',
        city: 'Bergen',
        district: 'BERGENHUS',
        latitude: 60.3944,
        longitude: 5.3257,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'm31',
    providerSlug: 'helse-bergen',
    name: 'M31 – lavterskel poliklinikk for LAR',
    summary:
      'Poliklinikk for rask start i legemiddelassistert rehabilitering (LAR). Møt opp uten henvisning og få en samtale samme dag.',
    description:
      'M31 er en lavterskel poliklinikk ved Helse Bergen, Avdeling for rusmedisin, for rask oppstart i LAR. ' +
      'Tilbudet passer særlig for deg som er avhengig av opioider, men også andre kan få vurdert behovet for behandling og få hjelp videre.',
    kind: 'HEALTH_SERVICE',
    categories: ['HEALTH_CARE'],
    districts: [],
    targetGroups: ['USERS'],
    referralRequired: false,
    dropIn: true,
    howToStart: 'Møt opp uten henvisning. Du får tilbud om en vurderingssamtale samme dag.',
    sourceNote: `Plan for rusfeltet 002:776. Sted og tider er ikke oppgitt. ${HOURS_PLACEHOLDER}`,
    hours: { status: 'REGULAR', placeholder: true, weekly: windows(WEEKDAYS, '08:00', '15:00') },
  },
  {
    slug: 'gynekologisk-tilbud-kvinner-i-lar',
    providerSlug: 'helse-bergen',
    name: 'Gynekologisk undersøkelse og prevensjon for kvinner i LAR',
    summary: 'Gratis gynekologisk undersøkelse og langtidsprevensjon for kvinner i LAR, hver fredag på Haukeland.',
    description:
      'Kvinneklinikken og Avdeling for rusmedisin ved Haukeland universitetssjukehus gir kvinner i LAR gratis gynekologisk undersøkelse og hjelp med langtidsprevensjon, for eksempel spiral. ' +
      'Tilbudet er åpent på gynekologisk poliklinikk hver fredag. Det er planer om å utvide det til flere kvinner med rusavhengighet.',
    kind: 'HEALTH_SERVICE',
    categories: ['HEALTH_CARE'],
    districts: ['ARSTAD'],
    targetGroups: ['USERS'],
    gender: 'WOMEN',
    freeOfCharge: true,
    sourceNote:
      'Plan for rusfeltet 002:494, 578. Gratis og åpent hver fredag (002:494); klokkeslettet er eksempeldata. [utledet] Haukeland ligger i Årstad. ' +
      `${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: { status: 'REGULAR', placeholder: true, weekly: windows([5], '08:30', '14:00') },
    locations: [
      {
        name: 'Kvinneklinikken, Haukeland universitetssjukehus',
        address: 'Jonas Lies vei 72',
        postcode: '5053',
        city: 'Bergen',
        district: 'ARSTAD',
        latitude: 60.3735,
        longitude: 5.3588,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'rusfri-start-pa-livet',
    providerSlug: 'bergen-kommune',
    name: 'Rusfri start på livet',
    summary: 'Oppfølging fra helsestasjonen for gravide og småbarnsforeldre som har, eller har hatt, et rusproblem.',
    description:
      '«Rusfri start på livet» er et helsestasjonstilbud for hele byen, ved Solheimsviken helsestasjon. ' +
      'Du får tett oppfølging gjennom svangerskapet og til barnet er to år, med støtte til å være rusfri og til å bli trygg som forelder. ' +
      'Tilbudet er frivillig, og helsestasjonen samarbeider med fastlegen og andre hjelpetjenester.',
    kind: 'HEALTH_SERVICE',
    categories: ['HEALTH_CARE', 'INDIVIDUAL_FOLLOW_UP'],
    districts: ['ARSTAD'],
    targetGroups: ['USERS'],
    citywide: true,
    sourceNote:
      'Plan for rusfeltet 002:502. Byomfattende og frivillig (002:502). [utledet] Solheimsviken ligger i Årstad. ' +
      `${HOURS_PLACEHOLDER} ${ADDRESS_PLACEHOLDER}`,
    hours: { status: 'REGULAR', placeholder: true, weekly: windows(WEEKDAYS, '08:00', '15:30') },
    locations: [
      {
        name: 'Solheimsviken helsestasjon',
        address: 'Solheimsgaten 11',
        postcode: '5058',
        city: 'Bergen',
        district: 'ARSTAD',
        latitude: 60.3781,
        longitude: 5.3349,
        placeholder: true,
      },
    ],
  },
  {
    slug: 'ambulant-overdoseteam',
    providerSlug: 'bergen-kommune',
    name: 'Ambulant overdoseteam',
    summary: 'Et team som følger deg opp etter en overdose, og som oppsøker miljøer der risikoen er høy.',
    description:
      'Kommunens ambulante overdoseteam følger opp personer som har overlevd en overdose. ' +
      'Teamet er særlig til stede i sårbare overganger, som løslatelse fra fengsel eller brå utskriving fra behandling, og jobber oppsøkende i miljøer der risikoen for overdose er høy.',
    kind: 'HEALTH_SERVICE',
    categories: ['HARM_REDUCTION', 'INDIVIDUAL_FOLLOW_UP'],
    districts: [],
    targetGroups: ['USERS'],
    sourceNote:
      'Plan for rusfeltet 002:732-736, 794; presentasjon 003:115. Etablert høsten 2017. Sted, tider og hvordan en kommer i kontakt er ikke oppgitt.',
  },
];
