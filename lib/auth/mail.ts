// Password-reset mail. Without a mail server (no SMTP_HOST) the link goes to the server
// log, so development and the demo can reset passwords without one.
import type { MailSettings } from './settings';

export interface ResetMail {
  to: string;
  name: string;
  url: string;
}

function text({ name, url }: ResetMail): string {
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

export async function sendResetPasswordMail(mail: MailSettings | null, message: ResetMail): Promise<void> {
  if (!mail) {
    console.info(`[auth] No SMTP_HOST set: password reset link for ${message.to}: ${message.url}`);
    return;
  }
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: mail.host,
    port: mail.port,
    secure: mail.secure,
    requireTLS: !mail.secure,
    auth: mail.user ? { user: mail.user, pass: mail.password ?? '' } : undefined,
  });
  await transport.sendMail({
    from: mail.from,
    to: message.to,
    subject: 'Tilbakestill passordet ditt – Ettervern Bergen',
    text: text(message),
  });
}
