// The otpauth:// link an authenticator app reads, built exactly as Better Auth builds it
// (the secret's UTF-8 bytes in Base32), so the account page can show a pending setup again.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function totpUri(issuer: string, account: string, secret: string): string {
  const params = new URLSearchParams({ secret: base32(new TextEncoder().encode(secret)), issuer, digits: '6', period: '30' });
  return `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?${params.toString()}`;
}

/** Groups a Base32 key in fours, for typing it by hand. */
export function groupKey(key: string): string {
  return key.replace(/(.{4})/g, '$1 ').trim();
}
