// Makes the end-to-end test accounts (tests/e2e/helpers/admin.ts) in the embedded test
// database, before the test server starts. Refuses anything but an embedded database.
import { symmetricEncrypt } from 'better-auth/crypto';
import { createStaffUser } from '../../../lib/auth/create-user';
import { authSettingsFromEnv } from '../../../lib/auth/settings';
import { openDatabase, targetFromEnv } from '../../../lib/db/connection';
import { env } from '../../../lib/env';
import { E2E_PASSWORD, E2E_TOTP_SECRET, E2E_USERS } from './admin';

async function main() {
  if (env.DATABASE_URL || !env.PGLITE_DATA_DIR.includes('e2e')) {
    throw new Error('admin-seed makes test accounts in an embedded e2e database only.');
  }
  const db = openDatabase(targetFromEnv(env));
  try {
    const settings = authSettingsFromEnv(env);
    const provider = await db.prisma.provider.findFirstOrThrow({ orderBy: { slug: 'asc' }, select: { slug: true } });
    for (const user of Object.values(E2E_USERS)) {
      if (await db.prisma.user.findUnique({ where: { email: user.email } })) continue;
      const { id } = await createStaffUser(db.prisma, settings, {
        email: user.email,
        name: user.name,
        role: user.role,
        password: E2E_PASSWORD,
        providerSlug: user.role === 'provider' ? provider.slug : undefined,
      });
      if ('orphan' in user && user.orphan) await db.prisma.user.update({ where: { id }, data: { providerId: null } });
      if ('totp' in user && user.totp) {
        await db.prisma.twoFactor.create({
          data: {
            id: `e2e-${id}`,
            userId: id,
            secret: await symmetricEncrypt({ key: settings.secret, data: E2E_TOTP_SECRET }),
            backupCodes: await symmetricEncrypt({ key: settings.secret, data: JSON.stringify(['e2eaa-bbbbb']) }),
            verified: true,
          },
        });
        await db.prisma.user.update({ where: { id }, data: { twoFactorEnabled: true } });
      }
    }
    console.log(`E2E accounts ready (provider account for ${provider.slug}).`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
