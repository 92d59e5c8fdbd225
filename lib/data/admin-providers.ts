import 'server-only';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ProviderType } from '@/lib/generated/prisma/enums';
import { isEditor, type Actor } from '@/lib/services/types';
import { z } from 'zod';

// What the admin pages read of providers.

export interface AdminProviderRow {
  id: string;
  slug: string;
  name: string;
  type: ProviderType;
  measureCount: number;
  updatedAt: string;
}

export async function listAdminProviders(q = '', prisma: PrismaClient = getPrisma()): Promise<AdminProviderRow[]> {
  const rows = await prisma.provider.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { slug: { contains: q, mode: 'insensitive' } }] } : {},
    select: { id: true, slug: true, name: true, type: true, updatedAt: true, _count: { select: { measures: true } } },
    orderBy: { name: 'asc' },
  });
  return rows.map(({ _count, updatedAt, ...r }) => ({ ...r, measureCount: _count.measures, updatedAt: updatedAt.toISOString() }));
}

export async function getProviderForEdit(id: string, prisma: PrismaClient = getPrisma()) {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await prisma.provider.findUnique({ where: { id }, select: { id: true, slug: true, name: true, type: true, description: true, descriptionNn: true, descriptionEn: true, phone: true, email: true, website: true, updatesEmail: true, updatesLanguage: true, updatedAt: true } });
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}

/** The providers this actor may attach a measure or a person to: all for editors, its own for a provider. */
export async function listProviderOptions(actor: Actor, prisma: PrismaClient = getPrisma()): Promise<{ id: string; slug: string; name: string }[]> {
  return prisma.provider.findMany({
    where: isEditor(actor) ? {} : { id: actor.providerId ?? '00000000-0000-0000-0000-000000000000' },
    select: { id: true, slug: true, name: true },
    orderBy: { name: 'asc' },
  });
}
