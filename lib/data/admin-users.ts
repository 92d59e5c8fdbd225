import 'server-only';
import { accountKey, lockedUntil } from '@/lib/auth/account-lock';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';

// The people with staff accounts, for the admins' user pages.

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  provider: { id: string; slug: string; name: string } | null;
  twoFactorEnabled: boolean;
  active: boolean;
  createdAt: Date;
}

const ROW_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  banned: true,
  twoFactorEnabled: true,
  createdAt: true,
  provider: { select: { id: true, slug: true, name: true } },
} as const;

async function rows(where: { id?: string }, prisma: PrismaClient): Promise<UserRow[]> {
  const users = await prisma.user.findMany({ where, orderBy: [{ name: 'asc' }, { email: 'asc' }], select: ROW_SELECT });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    provider: u.role === 'provider' ? u.provider : null,
    twoFactorEnabled: Boolean(u.twoFactorEnabled),
    active: !u.banned,
    createdAt: u.createdAt,
  }));
}

export const listUsers = (prisma: PrismaClient = getPrisma()) => rows({}, prisma);

export async function getUser(id: string, prisma: PrismaClient = getPrisma()): Promise<UserRow | null> {
  return (await rows({ id }, prisma))[0] ?? null;
}

/** Until when the person's sign-in is locked after failed attempts (lib/auth/account-lock.ts), or null. */
export function signInLockedUntil(secret: string, email: string, now = new Date(), prisma: PrismaClient = getPrisma()): Promise<Date | null> {
  return lockedUntil(prisma, accountKey(secret, email), now);
}
