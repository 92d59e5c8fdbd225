// Makes a staff account through Better Auth's own API, so the password hash is Better
// Auth's. Used by `npm run admin:create`, the demo set-up and the tests.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { createAuth } from '../auth';
import type { Role } from './session';
import type { AuthSettings } from './settings';

export interface NewStaffUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** For role "provider": the provider's slug. */
  providerSlug?: string;
}

/** A random password that is easy to copy: 24 characters from 18 random bytes. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export async function createStaffUser(
  prisma: PrismaClient,
  settings: AuthSettings,
  input: NewStaffUser,
): Promise<{ id: string; email: string }> {
  const email = input.email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new Error(`A user with the email ${email} already exists.`);
  }
  let providerId: string | null = null;
  if (input.role === 'provider') {
    if (!input.providerSlug) throw new Error('A provider user needs a provider (its slug).');
    const provider = await prisma.provider.findUnique({ where: { slug: input.providerSlug }, select: { id: true } });
    if (!provider) throw new Error(`No provider has the slug "${input.providerSlug}".`);
    providerId = provider.id;
  }
  const auth = createAuth(prisma, settings);
  const { user } = await auth.api.createUser({
    body: { email, name: input.name.trim(), password: input.password, role: input.role, data: { emailVerified: true } },
  });
  if (providerId) await prisma.user.update({ where: { id: user.id }, data: { providerId } });
  return { id: user.id, email: user.email };
}
