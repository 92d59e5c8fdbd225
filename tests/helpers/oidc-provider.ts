// A tiny OpenID Connect identity provider for tests, on a local port: discovery, an
// authorization endpoint that signs the chosen person in at once (no page), a token
// endpoint that checks the client secret, the redirect URI and PKCE and returns an
// RS256-signed ID token, the JWKS and userinfo. Enough for a real authorization-code
// round trip through Better Auth, with nothing mocked on the relying party's side.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcPerson {
  sub: string;
  email: string;
  name?: string;
  email_verified?: boolean;
}

export interface OidcProviderOptions {
  clientId: string;
  clientSecret: string;
  /** Path of the issuer under the origin, as Entra ID has (/<tenant>/v2.0). */
  issuerPath?: string;
}

interface PendingCode {
  person: OidcPerson;
  redirectUri: string;
  nonce: string | null;
  codeChallenge: string;
}

export interface OidcTestProvider {
  issuer: string;
  discoveryUrl: string;
  /** Who /authorize signs in next (until changed). */
  signInAs(person: OidcPerson): void;
  /** Sign ID tokens with a key the JWKS does not publish (a forged token). */
  forgeSignatures(on: boolean): void;
  /** What /token was asked (for assertions on PKCE and client authentication). */
  tokenRequests: URLSearchParams[];
  close(): Promise<void>;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

function signJwt(payload: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), key);
  return `${header}.${body}.${base64url(signature)}`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** Client authentication: HTTP Basic (client_secret_basic) or in the form (client_secret_post). */
function clientOf(request: IncomingMessage, form: URLSearchParams): { id: string | null; secret: string | null } {
  const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? '');
  if (basic) {
    const [id, secret] = Buffer.from(basic[1]!, 'base64').toString('utf8').split(':');
    return { id: decodeURIComponent(id ?? ''), secret: decodeURIComponent(secret ?? '') };
  }
  return { id: form.get('client_id'), secret: form.get('client_secret') };
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcTestProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = randomBytes(8).toString('hex');
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, OidcPerson>();
  const tokenRequests: URLSearchParams[] = [];
  let person: OidcPerson | null = null;
  let forge = false;
  let issuer = '';
  const issuerPath = options.issuerPath ?? '/tenant/v2.0';

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const route = url.pathname.slice(issuerPath.length);
    if (route === '/.well-known/openid-configuration') {
      return json(response, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: ['openid', 'email', 'profile'],
      });
    }
    if (route === '/jwks') {
      return json(response, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] });
    }
    if (route === '/authorize') {
      const redirectUri = url.searchParams.get('redirect_uri');
      // PKCE is required, as Entra ID requires it of single-page and public clients.
      if (
        url.searchParams.get('client_id') !== options.clientId ||
        !redirectUri ||
        url.searchParams.get('code_challenge_method') !== 'S256' ||
        !url.searchParams.get('code_challenge')
      ) {
        return json(response, 400, { error: 'invalid_request' });
      }
      const back = new URL(redirectUri);
      const state = url.searchParams.get('state');
      if (state) back.searchParams.set('state', state);
      back.searchParams.set('iss', issuer);
      if (!person) {
        back.searchParams.set('error', 'access_denied');
      } else {
        const code = randomBytes(16).toString('hex');
        codes.set(code, {
          person,
          redirectUri,
          nonce: url.searchParams.get('nonce'),
          codeChallenge: url.searchParams.get('code_challenge')!,
        });
        back.searchParams.set('code', code);
      }
      response.writeHead(302, { location: back.toString() });
      return response.end();
    }
    if (route === '/token' && request.method === 'POST') {
      const form = await readForm(request);
      tokenRequests.push(form);
      const client = clientOf(request, form);
      if (client.id !== options.clientId || client.secret !== options.clientSecret) {
        return json(response, 401, { error: 'invalid_client' });
      }
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        !pending ||
        form.get('grant_type') !== 'authorization_code' ||
        form.get('redirect_uri') !== pending.redirectUri ||
        challenge !== pending.codeChallenge
      ) {
        return json(response, 400, { error: 'invalid_grant' });
      }
      const now = Math.floor(Date.now() / 1000);
      const accessToken = randomBytes(16).toString('hex');
      accessTokens.set(accessToken, pending.person);
      const idToken = signJwt(
        {
          iss: issuer,
          aud: options.clientId,
          iat: now,
          exp: now + 300,
          ...(pending.nonce ? { nonce: pending.nonce } : {}),
          ...pending.person,
        },
        forge ? forger : privateKey,
        kid,
      );
      return json(response, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 300, id_token: idToken, scope: 'openid email profile' });
    }
    if (route === '/userinfo') {
      const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const who = token ? accessTokens.get(token) : undefined;
      return who ? json(response, 200, who) : json(response, 401, { error: 'invalid_token' });
    }
    json(response, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}${issuerPath}`;

  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    signInAs(next) {
      person = next;
    },
    forgeSignatures(on) {
      forge = on;
    },
    tokenRequests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
