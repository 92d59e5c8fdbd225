// Sign-in mail: password-reset links, and the notice that an account was locked after too
// many failed attempts. Without a mail server (no SMTP_HOST) the message goes to the server
// log, so development and the demo work without one. Never a password, in mail or log.
import { createFormatter } from 'use-intl/core';
import { escapeHtml, logMailFailure as logFailure, sendMail } from '@/lib/mail/send';
import type { MailSettings } from './settings';

/** Sign-in mail failures are logged under [auth]. */
export const logMailFailure = (what: string, error: unknown) => logFailure(what, error, 'auth');

export interface ResetMail {
  to: string;
  name: string;
  url: string;
}

export interface LockedMail {
  to: string;
  name: string;
  lockedUntil: Date;
}

function resetText({ name, url }: ResetMail): string {
  return [
    `Hei ${name},`,
    '',
    'Noen har bedt om å tilbakestille passordet ditt til Ettervern Bergen.',
    'Åpne lenken innen én time for å velge et nytt passord:',
    '',
    url,
    '',
    'Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er uendret.',
    '',
    '— Ettervern Bergen',
  ].join('\n');
}

/** Wall-clock time in Bergen, "14:05": the mail has no reader's time zone to go by. */
const osloTime = (date: Date) =>
  createFormatter({ locale: 'nb', timeZone: 'Europe/Oslo' }).dateTime(date, { hour: '2-digit', minute: '2-digit' });

function lockedParagraphs({ name, lockedUntil }: LockedMail): { nb: string[]; en: string[] } {
  const time = osloTime(lockedUntil);
  return {
    nb: [
      `Hei ${name},`,
      `Det har vært mange mislykkede forsøk på å logge inn på kontoen din i Ettervern Bergen. Innlogging er derfor sperret til kl. ${time}.`,
      'Var det deg, kan du vente til sperren er over, eller be en administrator låse opp kontoen. Var det ikke deg, bør du velge et nytt passord (Glemt passord) og si fra til en administrator.',
    ],
    en: [
      `Hi ${name},`,
      `There have been many failed attempts to sign in to your Ettervern Bergen account. Sign-in is therefore locked until ${time} (Norwegian time).`,
      'If it was you, wait until then or ask an administrator to unlock the account. If it was not, choose a new password (Forgotten password) and tell an administrator.',
    ],
  };
}

function lockedText(message: LockedMail): string {
  const { nb, en } = lockedParagraphs(message);
  return [...nb, '— Ettervern Bergen', '----', ...en, '— Ettervern Bergen'].join('\n\n');
}

function lockedHtml(message: LockedMail): string {
  const { nb, en } = lockedParagraphs(message);
  const block = (lang: string, lines: string[]) =>
    `<div lang="${lang}">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p>— Ettervern Bergen</p></div>`;
  return `<!doctype html><html lang="nb"><body>${block('nb', nb)}<hr>${block('en', en)}</body></html>`;
}

export async function sendResetPasswordMail(mail: MailSettings | null, message: ResetMail): Promise<void> {
  if (!mail) {
    console.info(`[auth] No SMTP_HOST set: password reset link for ${message.to}: ${message.url}`);
    return;
  }
  await sendMail(mail, { to: message.to, subject: 'Tilbakestill passordet ditt – Ettervern Bergen', text: resetText(message) });
}

export async function sendAccountLockedMail(mail: MailSettings | null, message: LockedMail): Promise<void> {
  if (!mail) {
    console.info(`[auth] No SMTP_HOST set: sign-in for ${message.to} is locked until ${message.lockedUntil.toISOString()} after repeated failures.`);
    return;
  }
  await sendMail(mail, {
    to: message.to,
    subject: 'Innlogging sperret / Sign-in locked – Ettervern Bergen',
    text: lockedText(message),
    html: lockedHtml(message),
  });
}
