// A real SMTP server in the test process: the app's own nodemailer transport connects to it,
// upgrades with STARTTLS and checks the certificate (tests/fixtures/smtp, valid for
// 127.0.0.1, trusted through the mail settings' `ca` as SMTP_CA_FILE would be), so a test
// sees exactly what a relay would. Mail sent before STARTTLS is refused.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '@/lib/auth/settings';

const fixtures = path.join(__dirname, '../fixtures/smtp');

export interface ReceivedMail {
  /** RCPT TO addresses: where the server was asked to deliver. */
  envelopeTo: string[];
  /** Header values, names in lower case, encoded words decoded. */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
  /** The message as the server received it. */
  raw: string;
}

export interface TestSmtpServer {
  /** Received so far, oldest first. */
  messages: ReceivedMail[];
  /** Settings that send to this server over STARTTLS, trusting the fixture certificate. */
  mailSettings: MailSettings;
  /** Resolves once no client has been connected for quietMs (a fire-and-forget send has landed or never started). */
  settle(quietMs?: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpServer(from = 'Ettervern Bergen <no-reply@example.org>'): Promise<TestSmtpServer> {
  const cert = readFileSync(path.join(fixtures, 'cert.pem'), 'utf8');
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    key: readFileSync(path.join(fixtures, 'key.pem'), 'utf8'),
    cert,
    authOptional: true,
    logger: false,
    onMailFrom(_address, session, callback) {
      if (session.secure) return callback();
      callback(Object.assign(new Error('Must issue a STARTTLS command first'), { responseCode: 530 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        messages.push(parseMessage(Buffer.concat(chunks).toString('utf8'), envelopeTo));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;

  // performance.now(), not Date: tests fake the date.
  async function settle(quietMs = 250, timeoutMs = 10_000) {
    const deadline = performance.now() + timeoutMs;
    let quietSince = performance.now();
    while (performance.now() - quietSince < quietMs) {
      if (performance.now() > deadline) throw new Error(`SMTP test server still busy after ${timeoutMs} ms`);
      if (server.connections.size > 0) quietSince = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  return {
    messages,
    mailSettings: { host: '127.0.0.1', port, secure: false, from, ca: cert },
    settle,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Enough MIME for what the app sends: headers, multipart/alternative, quoted-printable or base64 parts. */
function parseMessage(raw: string, envelopeTo: string[]): ReceivedMail {
  const { headers, body } = splitEntity(raw);
  const parts: Record<string, string> = {};
  collectParts(headers, body, parts);
  return { envelopeTo, headers, subject: headers.subject ?? '', text: parts['text/plain'] ?? '', html: parts['text/html'] ?? '', raw };
}

function splitEntity(entity: string): { headers: Record<string, string>; body: string } {
  const end = entity.search(/\r?\n\r?\n/);
  const head = end < 0 ? entity : entity.slice(0, end);
  const body = end < 0 ? '' : entity.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function collectParts(headers: Record<string, string>, body: string, parts: Record<string, string>) {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1, -1);
    for (const section of sections) {
      const part = splitEntity(section.replace(/^\r?\n/, ''));
      collectParts(part.headers, part.body, parts);
    }
    return;
  }
  const mime = type.split(';')[0]!.trim().toLowerCase();
  parts[mime] ??= decodeBody(body, headers['content-transfer-encoding'] ?? '7bit');
}

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body.replace(/=\r?\n/g, ''));
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    default:
      return body;
  }
}

/** Quoted-printable (soft breaks already removed) to text: =XX are bytes of UTF-8. */
function decodeQuotedPrintable(text: string): string {
  const source = Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const hex = source[i] === 0x3d ? source.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(source[i]!);
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words ("=?UTF-8?Q?...?="), as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}
