// Word lists for the synthetic benchmark catalogue (lib/db/synthetic.ts). Places and streets
// are real Bergen names so search and map benchmarks see realistic text and spread.
import type { ContentCategory, District, Gender, MeasureKind, TargetGroup } from '../generated/prisma/enums';

export const ACTIVITIES: { word: string; kind: MeasureKind; categories: ContentCategory[] }[] = [
  { word: 'Turgruppe', kind: 'ACTIVITY', categories: ['OUTDOORS', 'PHYSICAL_ACTIVITY'] },
  { word: 'Treningsgruppe', kind: 'ACTIVITY', categories: ['PHYSICAL_ACTIVITY'] },
  { word: 'Kafé', kind: 'ACTIVITY', categories: ['SOCIAL_MEETING_PLACE'] },
  { word: 'Musikkverksted', kind: 'ACTIVITY', categories: ['MUSIC'] },
  { word: 'Korgruppe', kind: 'ACTIVITY', categories: ['MUSIC', 'SOCIAL_MEETING_PLACE'] },
  { word: 'Kunstverksted', kind: 'ACTIVITY', categories: ['CREATIVE'] },
  { word: 'Fotoklubb', kind: 'ACTIVITY', categories: ['CREATIVE'] },
  { word: 'Fotball', kind: 'ACTIVITY', categories: ['PHYSICAL_ACTIVITY', 'SOCIAL_MEETING_PLACE'] },
  { word: 'Bassenggruppe', kind: 'ACTIVITY', categories: ['PHYSICAL_ACTIVITY'] },
  { word: 'Fiskegruppe', kind: 'ACTIVITY', categories: ['OUTDOORS'] },
  { word: 'Matlagingskurs', kind: 'ACTIVITY', categories: ['COURSES'] },
  { word: 'Selvhjelpsgruppe', kind: 'ACTIVITY', categories: ['SELF_HELP_PEER_SUPPORT'] },
  { word: 'Arbeidstrening', kind: 'WORK', categories: ['WORK_TRAINING'] },
  { word: 'Jobbklubb', kind: 'WORK', categories: ['JOB_SUPPORT'] },
  { word: 'Snekkerverksted', kind: 'WORK', categories: ['WORK_TRAINING', 'CREATIVE'] },
  { word: 'Sykkelverksted', kind: 'WORK', categories: ['WORK_TRAINING'] },
  { word: 'Studieverksted', kind: 'WORK', categories: ['EDUCATION'] },
  { word: 'Møteplass', kind: 'LOW_THRESHOLD_CENTRE', categories: ['SOCIAL_MEETING_PLACE', 'HARM_REDUCTION'] },
  { word: 'Følgetjeneste', kind: 'ESCORT_SERVICE', categories: ['INDIVIDUAL_FOLLOW_UP'] },
  { word: 'Pårørendegruppe', kind: 'FOR_RELATIVES', categories: ['SELF_HELP_PEER_SUPPORT'] },
  { word: 'Ungdomsoppfølging', kind: 'YOUTH_FOLLOW_UP', categories: ['INDIVIDUAL_FOLLOW_UP'] },
  { word: 'Helsetilbud', kind: 'HEALTH_SERVICE', categories: ['HEALTH_CARE'] },
];

export const QUALIFIERS: { text: string; gender?: Gender; targetGroup?: TargetGroup }[] = [
  { text: 'for kvinner', gender: 'WOMEN' },
  { text: 'for menn', gender: 'MEN' },
  { text: 'for unge', targetGroup: 'YOUNG_PEOPLE' },
  { text: 'for pårørende', targetGroup: 'RELATIVES' },
  { text: 'på kveldstid' },
  { text: 'i helgen' },
];

export const PROVIDER_WORDS = [
  'Aktivitetshuset',
  'Frivilligsentralen',
  'Arbeidssamvirket',
  'Stiftelsen Nytt Steg',
  'Brukerforeningen',
  'Idrettslaget',
  'Verkstedet',
  'Møteplassen',
  'Kulturhuset',
  'Rehabiliteringssenteret',
];

export const GOALS = [
  'komme i bedre form',
  'treffe andre i samme situasjon',
  'prøve deg i arbeid',
  'lære noe nytt',
  'ha noe meningsfullt å gjøre i hverdagen',
  'komme tilbake til skole eller jobb',
  'få en fast rytme i uken',
];

export const DESCRIPTION_PARTS = [
  'Du kan komme alene eller ta med deg noen du kjenner.',
  'Tilbudet ledes av fagfolk sammen med medarbeidere med brukererfaring.',
  'Vi legger vekt på fellesskap og mestring.',
  'Det er ingen krav om at du har gjort dette før.',
  'Deltakerne er med på å bestemme innholdet.',
  'Tilbudet kan være et første steg mot arbeid eller utdanning.',
  'Vi samarbeider med NAV og andre kommunale tjenester.',
  'Gruppene er små, så det er lett å bli kjent.',
];

export const DISTRICTS: {
  district: District;
  places: string[];
  streets: string[];
  postcodes: string[];
  lat: number;
  lon: number;
}[] = [
  { district: 'ARNA', places: ['Indre Arna', 'Ytre Arna', 'Garnes', 'Espeland'], streets: ['Arnavegen', 'Ådnavegen', 'Garnesvegen'], postcodes: ['5260', '5261', '5265'], lat: 60.42, lon: 5.47 },
  { district: 'BERGENHUS', places: ['Sentrum', 'Sandviken', 'Nordnes', 'Møhlenpris'], streets: ['Strandgaten', 'Sandviksveien', 'Kaigaten', 'Vestre Torggate'], postcodes: ['5013', '5015', '5035', '5006'], lat: 60.393, lon: 5.324 },
  { district: 'FANA', places: ['Nesttun', 'Paradis', 'Rådal', 'Skjold'], streets: ['Nesttunvegen', 'Fanaveien', 'Østre Nesttunvegen'], postcodes: ['5221', '5224', '5231', '5236'], lat: 60.32, lon: 5.35 },
  { district: 'FYLLINGSDALEN', places: ['Fyllingsdalen', 'Spelhaugen', 'Varden', 'Oasen'], streets: ['Folke Bernadottes vei', 'Spelhaugen', 'Krokatjønnveien'], postcodes: ['5147', '5148', '5155'], lat: 60.35, lon: 5.29 },
  { district: 'LAKSEVAG', places: ['Loddefjord', 'Laksevåg', 'Olsvik', 'Kjøkkelvik'], streets: ['Lyderhornsveien', 'Damsgårdsveien', 'Olsvikåsen'], postcodes: ['5171', '5160', '5183', '5174'], lat: 60.375, lon: 5.25 },
  { district: 'YTREBYGDA', places: ['Sandsli', 'Kokstad', 'Blomsterdalen', 'Kismul'], streets: ['Sandslimarka', 'Kokstadvegen', 'Hardangervegen'], postcodes: ['5254', '5257', '5258'], lat: 60.295, lon: 5.27 },
  { district: 'ARSTAD', places: ['Danmarksplass', 'Landås', 'Minde', 'Kronstad'], streets: ['Fjøsangerveien', 'Inndalsveien', 'Landåsveien', 'Solheimsgaten'], postcodes: ['5054', '5063', '5068', '5058'], lat: 60.37, lon: 5.35 },
  { district: 'ASANE', places: ['Åsane', 'Eidsvåg', 'Tertnes', 'Ulset'], streets: ['Åsamyrane', 'Eidsvågveien', 'Tertnesveien'], postcodes: ['5116', '5105', '5113', '5119'], lat: 60.465, lon: 5.33 },
];
