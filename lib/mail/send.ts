// The one way the portal sends mail: sign-in mail, confirmation requests to providers and
// contact requests all go through here, over SMTP with the SMTP_* settings (README, "Mail").
// Callers decide what happens without a mail server (mailSettingsFromEnv() is null): some
// messages may go to the log, others (personal data) must not.
import type { SendMailOptions } from 'nodemailer';
import { env as defaultEnv, type Env } from '@/lib/env';
import { mailFromEnv, type MailSettings } from '@/lib/auth/settings';

export type { MailSettings };

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  /** Sets the language of the message (the Content-Language header). */
  language?: 'nb' | 'nn' | 'en';
}

/** The SMTP settings from the environment, or null when SMTP_HOST is not set. */
export function mailSettingsFromEnv(from: Env = defaultEnv): MailSettings | null {
  return mailFromEnv(from);
}

export async function sendMail(mail: MailSettings, message: OutgoingMail): Promise<void> {
  const { createTransport } = await import('nodemailer');
  // STARTTLS is required unless the connection is TLS from the start; the certificate is
  // always checked, against SMTP_CA_FILE's certificates when set.
  const transport = createTransport({
    host: mail.host,
    port: mail.port,
    secure: mail.secure,
    requireTLS: !mail.secure,
    tls: mail.ca ? { ca: mail.ca } : undefined,
    auth: mail.user ? { user: mail.user, pass: mail.password ?? '' } : undefined,
  });
  const options: SendMailOptions = {
    from: mail.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    replyTo: message.replyTo,
    headers: message.language ? { 'Content-Language': message.language } : undefined,
  };
  await transport.sendMail(options);
}

/**
 * Logs that a mail could not be sent, without the error itself: a mail server's errors name
 * the recipients (in the message and in `rejected`), and addresses never go to the logs.
 */
export function logMailFailure(what: string, error: unknown, scope = 'mail'): void {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const detail = [code, responseCode].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ');
  console.error(`[${scope}] Could not send the ${what} mail${detail ? ` (${detail})` : ''}.`);
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);
