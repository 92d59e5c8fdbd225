import 'server-only';
import { CacheTag, cachedBy } from '@/lib/cache';
import { getPrisma } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/i18n/routing';
import { helpEntrySchema, type HelpEntry } from '@/lib/validation/help-block';

// "Trenger du hjelp nå?": the public block and the admin form read the same row.

export interface HelpBlock {
  locale: Locale;
  heading: string;
  intro: string | null;
  entries: HelpEntry[];
  version: number;
}

async function read(locale: Locale, prisma: PrismaClient): Promise<HelpBlock | null> {
  const row = await prisma.helpBlock.findUnique({ where: { locale } });
  if (!row) return null;
  // A stored contact that no longer passes the form's rules is left out rather than shown
  // half-right (a number that cannot be dialled).
  const entries = (Array.isArray(row.entries) ? row.entries : []).flatMap((e) => {
    const parsed = helpEntrySchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  return { locale, heading: row.heading, intro: row.intro, entries, version: row.version };
}

/** The block in one language for the public pages; null until one is saved. */
export async function getHelpBlock(locale: Locale, prisma: PrismaClient = getPrisma()): Promise<HelpBlock | null> {
  'use cache';
  cachedBy(CacheTag.help);
  return read(locale, prisma);
}

/** The admin form's view: always current, never cached. */
export async function getHelpBlockForEdit(locale: Locale, prisma: PrismaClient = getPrisma()): Promise<HelpBlock | null> {
  return read(locale, prisma);
}
