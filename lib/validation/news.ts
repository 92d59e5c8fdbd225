// A news item as the admin form, import and API send it.
import { z } from 'zod';
import { PublicationStatus } from '@/lib/generated/prisma/enums';
import { isoDate, lockToken, requiredEnum, requiredText, slug, translations } from './fields';

/** Longest texts, Bokmål and translations alike. */
const TEXT_LIMITS = { title: 200, body: 20_000 };

export const newsFields = z.object({
  slug: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v ?? null), slug.nullable()),
  title: requiredText(TEXT_LIMITS.title),
  body: requiredText(TEXT_LIMITS.body),
  // Nynorsk and English versions; empty means "not translated" and the page shows Bokmål.
  ...translations(TEXT_LIMITS),
  /** The day it is (or was) published; a future day schedules it. */
  publishedAt: isoDate,
  measureId: z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), z.uuid({ error: 'invalid' }).nullable()),
  status: requiredEnum(Object.values(PublicationStatus)),
});

export const newsCreateSchema = newsFields;
/** NewsItem has no version column: the updatedAt the editor started from is the lock token. */
export const newsUpdateSchema = newsFields.extend({ slug, updatedAt: lockToken });

export type NewsCreateInput = z.output<typeof newsCreateSchema>;
export type NewsUpdateInput = z.output<typeof newsUpdateSchema>;
export type NewsContent = Omit<NewsUpdateInput, 'updatedAt'>;
