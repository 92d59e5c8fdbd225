import 'server-only';
import { symmetricDecrypt } from 'better-auth/crypto';
import { APP_NAME } from '@/lib/auth';
import { base32, totpUri } from '@/lib/auth/totp';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

// What the account page shows about the signed-in person's sign-in methods. A started but
// unconfirmed TOTP setup is read back (and its secret decrypted) so the page can show the
// QR code and backup codes again after a reload or without JavaScript.

export interface PendingTotpSetup {
  uri: string;
  /** The Base32 key, for typing into an app by hand. */
  key: string;
  backupCodes: string[];
}

export interface AccountSecurity {
  twoFactorEnabled: boolean;
  hasPassword: boolean;
  pendingSetup: PendingTotpSetup | null;
}

export async function getAccountSecurity(
  userId: string,
  secret: string,
  prisma: PrismaClient = getPrisma(),
): Promise<AccountSecurity> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      twoFactorEnabled: true,
      accounts: { where: { providerId: 'credential' }, select: { id: true } },
      twoFactors: { select: { secret: true, backupCodes: true, verified: true } },
    },
  });
  if (!user) return { twoFactorEnabled: false, hasPassword: false, pendingSetup: null };
  const pending = user.twoFactorEnabled ? undefined : user.twoFactors.find((row) => row.verified === false);
  let pendingSetup: PendingTotpSetup | null = null;
  if (pending) {
    const totpSecret = await symmetricDecrypt({ key: secret, data: pending.secret });
    const codes = JSON.parse(await symmetricDecrypt({ key: secret, data: pending.backupCodes })) as unknown;
    pendingSetup = {
      uri: totpUri(APP_NAME, user.email, totpSecret),
      key: base32(new TextEncoder().encode(totpSecret)),
      backupCodes: Array.isArray(codes) ? codes.map(String) : [],
    };
  }
  return { twoFactorEnabled: !!user.twoFactorEnabled, hasPassword: user.accounts.length > 0, pendingSetup };
}
