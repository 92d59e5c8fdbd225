// The mail asking a provider's contact to confirm or correct its listings, in the provider's
// language (messages/*.json, namespace ConfirmationMail), as plain text and HTML.
import { createTranslator } from 'use-intl/core';
import en from '../../messages/en.json';
import nb from '../../messages/nb.json';
import nn from '../../messages/nn.json';
import { escapeHtml, type OutgoingMail } from './send';

const MESSAGES = { nb, nn, en } as const;

export interface ConfirmationMailInput {
  to: string;
  language: 'nb' | 'nn' | 'en';
  providerName: string;
  measureNames: string[];
  url: string;
  expiresOn: string;
  reminder: boolean;
}

export function confirmationMail(input: ConfirmationMailInput): OutgoingMail {
  const t = createTranslator({ locale: input.language, messages: MESSAGES[input.language], namespace: 'ConfirmationMail' });
  const subject = input.reminder ? t('subjectReminder', { provider: input.providerName }) : t('subject', { provider: input.providerName });
  const intro = input.reminder ? t('introReminder', { count: input.measureNames.length }) : t('intro', { count: input.measureNames.length });
  const lines = [
    t('greeting'),
    '',
    intro,
    '',
    ...input.measureNames.map((name) => `- ${name}`),
    '',
    t('action'),
    input.url,
    '',
    t('expires', { date: input.expiresOn }),
    t('noAccount'),
    '',
    t('signature'),
  ];
  const html = `<!DOCTYPE html><html lang="${input.language}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(t('greeting'))}</p>
<p>${escapeHtml(intro)}</p>
<ul>${input.measureNames.map((name) => `<li>${escapeHtml(name)}</li>`).join('')}</ul>
<p>${escapeHtml(t('action'))}<br><a href="${escapeHtml(input.url)}">${escapeHtml(t('linkText'))}</a></p>
<p>${escapeHtml(t('expires', { date: input.expiresOn }))} ${escapeHtml(t('noAccount'))}</p>
<p>${escapeHtml(t('signature'))}</p>
</body></html>`;
  return { to: input.to, subject, text: lines.join('\n'), html, language: input.language };
}
