// Nynorsk and English versions of some demo measures', news items' and providers' texts:
// translations of the Bokmål in the other data files, with nothing added. The rest are left
// untranslated on purpose, so the demo site also shows the Bokmål fallback and its note.
// lib/db/seed.ts checks that each translation has exactly the texts its original has.
import type { SeedMeasureTranslation, SeedNewsTranslation, SeedProviderTranslation } from './types';

export const measureTranslations: Record<string, SeedMeasureTranslation> = {
  'fritid-med-bistand': {
    nn: {
      name: 'Fritid med bistand',
      summary:
        'Få hjelp til å finne ein fritidsaktivitet du har lyst på, og nokon som blir med deg dei første gongene. Du kan også trene og gå tur i gruppe.',
      description:
        'Fritid med bistand er eit kommunalt tilbod for heile byen. Du kan få ein trenings- eller støttekontakt, bli med i ei treningsgruppe eller turgruppe, eller få oppfølging åleine. ' +
        'Kommunen byggjer tilbodet ut til eit team av fagfolk og medarbeidarar med eiga brukarerfaring. Teamet finn ut saman med deg kva du har lyst til, finn aktivitetar som passar, og blir med deg når du byrjar. ' +
        'Fritid med bistand har også ansvaret for ettervern.bergen.no.',
    },
    en: {
      name: 'Fritid med bistand (Leisure with Support)',
      summary:
        'Get help finding a leisure activity you would like to do, and someone to go with you the first few times. You can also exercise and go hiking in a group.',
      description:
        'Fritid med bistand is a municipal service for the whole city. You can get a training or support contact, join a training group or hiking group, or get one-to-one follow-up. ' +
        'The municipality is expanding the service into a team of professionals and staff with their own experience as service users. Together with you, the team finds out what you would like to do, finds activities that suit you, and goes with you when you start. ' +
        'Fritid med bistand is also responsible for ettervern.bergen.no.',
    },
  },
  'steg-for-steg': {
    nn: {
      name: 'Steg for steg',
      summary: 'Frivillige frå Blå Kors følgjer deg inn i aktivitetar og tiltak, før, under og etter behandling.',
      description:
        'Steg for steg er ei følgjeteneste der frivillige hjelper deg å kome i gang med aktivitetar og tiltak, og å halde fram med dei. ' +
        'Oppfølginga kan starte før behandling i spesialisthelsetenesta og vare under og etter behandlinga. ' +
        'Tenesta er ei form for likemannsarbeid, og Blå Kors samarbeider med Fritid med bistand i kommunen.',
    },
    en: {
      name: 'Steg for steg (Step by Step)',
      summary: 'Volunteers from Blå Kors (Blue Cross) go with you into activities and services, before, during and after treatment.',
      description:
        'Steg for steg is an escort service where volunteers help you get started with activities and services, and keep going with them. ' +
        'The follow-up can start before treatment in the specialist health service and continue during and after treatment. ' +
        "The service is a form of peer support, and Blå Kors works together with the municipality's Fritid med bistand.",
    },
  },
  musikktilbud: {
    nn: {
      name: 'Musikktilbod med musikkterapeut',
      summary: 'Spel og lag musikk saman med ein musikkterapeut, åleine eller i gruppe.',
      description:
        'Kommunen byggjer musikkterapi inn i aktivitetstilboda sine. Du arbeider med musikk saman med ein musikkterapeut, anten åleine eller i gruppe. ' +
        'Mange opplever meistring, og nokre går frå å lytte til å spele og opptre sjølve. Kommunen er også med i kunnskapsklynga POLYFON om musikk og helse.',
    },
    en: {
      name: 'Music with a music therapist',
      summary: 'Play and make music together with a music therapist, on your own or in a group.',
      description:
        'The municipality is building music therapy into its activity services. You work with music together with a music therapist, either on your own or in a group. ' +
        'Many experience a sense of mastery, and some go from listening to playing and performing themselves. The municipality is also part of POLYFON, a knowledge cluster on music and health.',
    },
  },
  'arna-aktiv': {
    nn: {
      name: 'Arna Aktiv',
      summary: 'Trening og arbeidsoppgåver i eit støttande fellesskap. Du treng ikkje søkje, men kan ikkje delta når du er ruspåverka.',
      description:
        'Arna Aktiv er eit tilbod for heile byen som brukar fysisk aktivitet og arbeidsoppgåver til å gi betre helse. ' +
        'Du treng ikkje søkje for å vere med, men det er klare reglar for oppmøte, og er du ruspåverka, står du over aktiviteten den dagen. ' +
        'Deltakarane kan ta på seg frivillig arbeid, og for mange er Arna Aktiv eit viktig steg mot utdanning eller vanleg jobb. ' +
        'Tiltaket samarbeider tett med kommunale tenester og er modell for nye arbeids- og aktivitetstilbod i byen.',
      howToStart: 'Du treng ikkje sende søknad. Det er klare krav til oppmøte, og du må stå over aktiviteten viss du er ruspåverka.',
    },
    en: {
      name: 'Arna Aktiv',
      summary: 'Exercise and work tasks in a supportive community. You do not need to apply, but you cannot take part while intoxicated.',
      description:
        'Arna Aktiv is a service for the whole city that uses physical activity and work tasks to improve health. ' +
        'You do not need to apply to join, but there are clear rules about attendance, and if you are intoxicated, you sit out the activity that day. ' +
        'Participants can take on voluntary work, and for many, Arna Aktiv is an important step towards education or an ordinary job. ' +
        'The service works closely with municipal services and is a model for new work and activity services in the city.',
      howToStart: 'You do not need to send an application. There are clear attendance requirements, and you must sit out the activity if you are intoxicated.',
    },
  },
  'mo-wergeland': {
    nn: {
      name: 'MO-senteret Wergeland',
      summary: 'Lågterskel helse- og omsorgssenter med mange planlagde aktivitetar. Kom innom utan tilvising.',
      description:
        'MO-sentera (mottaks- og oppfølgingssenter) er for personar med alvorlege og langvarige rusproblem. Her kan du få råd, omsorg og helsehjelp, og sentera er også viktige sosiale møteplassar. ' +
        'Sentera har faste opningstider, og du treng ikkje tilvising. MO-Wergeland har eit breitt utval av planlagde, organiserte aktivitetar. ' +
        'Kommunen vil tilpasse opningstidene slik at det blir meir aktivitet på kveldar og i helgar.',
      howToStart: 'Kom innom i opningstida. Du treng ikkje tilvising.',
    },
    en: {
      name: 'MO Centre Wergeland',
      summary: 'Low-threshold health and care centre with many planned activities. Drop in, no referral needed.',
      description:
        'The MO centres (reception and follow-up centres) are for people with serious and long-term substance use problems. Here you can get advice, care and health care, and the centres are also important social meeting places. ' +
        'The centres have fixed opening hours, and you do not need a referral. MO-Wergeland has a wide range of planned, organised activities. ' +
        'The municipality plans to adjust the opening hours so that there is more activity in the evenings and at weekends.',
      howToStart: 'Drop in during opening hours. You do not need a referral.',
    },
  },
  'tidlig-ute': {
    nn: {
      name: 'Tidlig Ute',
      summary:
        'Eit alternativ til vanleg straff for unge som er pågripne for narkotikalovbrot, med eigen kontaktperson og oppfølging i minst seks månader.',
      description:
        'Tidlig Ute er for ungdom og unge vaksne som blir pågripne for narkotikarelatert kriminalitet. ' +
        'I staden for vanleg straff kan du få påtaleunnlating med vilkår om å følgje eit program tilpassa deg i minst seks månader. ' +
        'Du får ein eigen kontaktperson, lagar ein oppfølgingsplan saman med kontaktpersonen og har samtalar om din eigen rusbruk. ' +
        'Utekontakten driv tiltaket saman med politiet og Helse Bergen. Bryt du vilkåra, går saka tilbake til påtalemakta.',
      howToStart:
        'Tilbodet blir gitt etter at du er pågripen av politiet. Du må vedgå det du er sikta for, og sjølv ønskje eit alternativ til vanleg straff.',
    },
    en: {
      name: 'Tidlig Ute',
      summary:
        'An alternative to ordinary punishment for young people arrested for drug offences, with a contact person of your own and follow-up for at least six months.',
      description:
        'Tidlig Ute is for young people and young adults who are arrested for drug-related crime. ' +
        'Instead of ordinary punishment, you can get a waiver of prosecution on condition that you follow a programme adapted to you for at least six months. ' +
        'You get a contact person of your own, make a follow-up plan together with the contact person and have conversations about your own substance use. ' +
        'The outreach service (Utekontakten) runs the programme together with the police and Helse Bergen. If you break the conditions, the case goes back to the prosecuting authority.',
      howToStart:
        'The programme is offered after you have been arrested by the police. You must admit to what you are charged with, and want an alternative to ordinary punishment yourself.',
    },
  },
  'veiledning-for-parorende': {
    nn: {
      name: 'Rettleiing for pårørande',
      summary: 'Er du pårørande til nokon med rusproblem, har du alltid rett på generell rettleiing frå tenestene i kommunen.',
      description:
        'Som pårørande kan du trenge råd om korleis du skal forhalde deg til ein som har eit rusproblem. ' +
        'Alle pårørande har alltid rett på generell rettleiing, og dei tilsette bryt ikkje teieplikta ved å lytte til deg. ' +
        'Viss den det gjeld samtykkjer, kan du også vere med i oppfølginga. ' +
        'Tenestene i kommunen skal fortelje pårørande om eigne tilbod og om tilbod frå frivillige og ideelle organisasjonar.',
    },
    en: {
      name: 'Guidance for relatives',
      summary: "If you are a relative of someone with substance use problems, you always have the right to general guidance from the municipality's services.",
      description:
        'As a relative, you may need advice on how to deal with someone who has a substance use problem. ' +
        'All relatives always have the right to general guidance, and staff do not break their duty of confidentiality by listening to you. ' +
        'If the person concerned consents, you can also take part in the follow-up. ' +
        "The municipality's services must tell relatives about their own services and about services from voluntary and non-profit organisations.",
    },
  },
};

// The closing line every demo news item has (news.ts), in Nynorsk and English.
const FROM_PLANS_NN = 'Denne saka byggjer på planane til Bergen kommune, ikkje på ei kunngjering frå tilbydaren.';
const FROM_PLANS_EN = "This item is based on Bergen kommune's plans, not on an announcement from the provider.";

export const newsTranslations: Record<string, SeedNewsTranslation> = {
  'mer-aktivitet-kveld-og-helg': {
    nn: {
      title: 'Meir aktivitet på kveld og i helg',
      body:
        'Brukarar og tilsette har sagt at det trengst fleire sosiale tilbod på ettermiddag, kveld og i helgar. ' +
        'Kommunen vil difor tilpasse opningstidene ved MO-sentera slik at det blir aktivitetar også på kveld og i helg. ' +
        'Tidene i katalogen er førebels døme og er merkte slik til tilbydarane har stadfesta dei.\n\n' +
        `${FROM_PLANS_NN} (Handlingsplan 000:468-477)`,
    },
    en: {
      title: 'More activities in the evening and at weekends',
      body:
        'Service users and staff have said that more social activities are needed in the afternoon, in the evening and at weekends. ' +
        'The municipality will therefore adjust the opening hours of the MO centres so that there are activities in the evening and at weekends too. ' +
        'The times in the catalogue are examples for now and are marked as such until the providers have confirmed them.\n\n' +
        `${FROM_PLANS_EN} (Handlingsplan 000:468-477)`,
    },
  },
  'tilbud-for-parorende-i-oversikten': {
    nn: {
      title: 'Tilbod for pårørande i oversikta',
      body:
        'Kommunen vil ha ei oppdatert og lett tilgjengeleg oversikt over tilbod til pårørande, ved sida av arbeids- og aktivitetstiltaka. ' +
        'Difor er tilbod for pårørande tekne med i denne katalogen. Alle pårørande har rett på generell rettleiing frå tenestene i kommunen.\n\n' +
        `${FROM_PLANS_NN} (Handlingsplan 000:868-871; Plan for rusfeltet 002:975)`,
    },
    en: {
      title: 'Services for relatives in the catalogue',
      body:
        'The municipality wants an up-to-date, easily accessible overview of services for relatives, alongside the work and activity services. ' +
        "That is why services for relatives are included in this catalogue. All relatives are entitled to general guidance from the municipality's services.\n\n" +
        `${FROM_PLANS_EN} (Handlingsplan 000:868-871; Plan for rusfeltet 002:975)`,
    },
  },
};

export const providerTranslations: Record<string, SeedProviderTranslation> = {
  'bergen-kommune': {
    nn: { description: 'Helse- og sosialtenestene i kommunen, mellom anna MO-sentera, helsestasjonane og det ambulante overdoseteamet.' },
    en: { description: "The municipality's health and social services, among them the MO centres, the health centres and the mobile overdose team." },
  },
  'nav-sosialtjenesten-bergen': {
    nn: {
      description:
        'Den kommunale delen av NAV-kontora i Bergen. Driv lågterskel arbeids- og aktivitetstiltak og følgjer opp mottakarar av økonomisk sosialhjelp.',
    },
    en: {
      description:
        'The municipal part of the NAV offices in Bergen. Runs low-threshold work and activity services and follows up people who receive financial social assistance.',
    },
  },
  'bla-kors': {
    nn: { description: 'Ideell organisasjon som samarbeider med kommunen om følgjeteneste for brukarar.' },
    en: { description: 'Non-profit organisation that works with the municipality on a service that accompanies service users.' },
  },
};
