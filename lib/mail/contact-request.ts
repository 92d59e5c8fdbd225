// The mail that brings a visitor's request to be contacted to the measure (or to Fritid med
// bistand), in Bokmål: plain text and HTML with the same content.
import { createFormatter } from 'use-intl/core';
import type { ContactDetails } from '@/lib/contact-requests/seal';
import type { ContactTime } from '@/lib/validation/contact-request';
import { escapeHtml, type OutgoingMail } from './send';

const WHEN: Record<ContactTime, string> = {
  anytime: 'Når som helst',
  morning: 'Formiddag',
  afternoon: 'Ettermiddag',
  evening: 'Kveld',
};

export interface ContactRequestMail {
  to: string;
  measureName: string;
  measureUrl: string;
  /** True when it goes to Fritid med bistand because the measure has no email of its own. */
  viaHelper: boolean;
  details: ContactDetails;
  receivedAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function contactRequestMail({ to, measureName, measureUrl, viaHelper, details, receivedAt }: ContactRequestMail): OutgoingMail {
  const received = createFormatter({ locale: 'nb', timeZone: 'Europe/Oslo' }).dateTime(receivedAt, { dateStyle: 'long', timeStyle: 'short' });
  const when = WHEN[details.when as ContactTime] ?? details.when;
  const intro = viaHelper
    ? `Noen ønsker å bli kontaktet om «${measureName}». Tilbudet har ingen egen e-postadresse i Ettervern Bergen, så forespørselen kommer til dere i Fritid med bistand.`
    : `Noen ønsker å bli kontaktet om «${measureName}».`;
  const fields: [string, string][] = [
    ['Navn', details.name],
    ['Telefon eller e-post', details.contact],
    ['Passer best', when],
    ['Melding', details.message ?? '(ingen)'],
  ];
  const care =
    'Personen har samtykket til at vi sender dette til dere, slik at dere kan ta kontakt. Opplysningene kan være helseopplysninger: ' +
    'ta kontakt, og slett e-posten når den ikke trengs lenger. Ettervern Bergen har nå slettet forespørselen.';
  const text = [
    intro,
    '',
    ...fields.map(([label, value]) => `${label}: ${value}`),
    '',
    `Mottatt: ${received}`,
    `Tilbudet: ${measureUrl}`,
    '',
    care,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    '<dl>',
    ...fields.map(([label, value]) => `<dt><strong>${escapeHtml(label)}</strong></dt><dd style="white-space:pre-line">${escapeHtml(value)}</dd>`),
    '</dl>',
    `<p>Mottatt: ${escapeHtml(received)}<br>Tilbudet: <a href="${escapeHtml(measureUrl)}">${escapeHtml(measureUrl)}</a></p>`,
    `<p>${escapeHtml(care)}</p>`,
  ].join('\n');
  return {
    to,
    subject: `Ønsker å bli kontaktet: ${measureName}`,
    text,
    html,
    replyTo: EMAIL.test(details.contact) ? details.contact : undefined,
    language: 'nb',
  };
}
