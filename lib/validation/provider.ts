// A provider (tiltaksarrangør) as the admin form, import and API send it.
import { z } from 'zod';
import { Language, ProviderType } from '@/lib/generated/prisma/enums';
import { lockToken, optionalEmail, optionalText, optionalUrl, requiredEnum, requiredText, slug, translations } from './fields';

const TEXT_LIMITS = { description: 5000 };

export const providerFields = z.object({
  slug: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v ?? null), slug.nullable()),
  name: requiredText(200),
  type: requiredEnum(Object.values(ProviderType)),
  description: optionalText(TEXT_LIMITS.description),
  // Nynorsk and English versions; empty means "not translated" and the page shows Bokmål.
  ...translations(TEXT_LIMITS),
  phone: optionalText(50),
  email: optionalEmail,
  website: optionalUrl,
  // Where requests to confirm listings go, and their language; never shown to the public.
  updatesEmail: optionalEmail,
  updatesLanguage: z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? 'nb' : typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(Object.values(Language) as [Language, ...Language[]], { error: 'invalid' }),
  ),
});

export const providerCreateSchema = providerFields;
/** Provider has no version column: the updatedAt the editor started from is the lock token. */
export const providerUpdateSchema = providerFields.extend({ slug, updatedAt: lockToken });

export type ProviderCreateInput = z.output<typeof providerCreateSchema>;
export type ProviderUpdateInput = z.output<typeof providerUpdateSchema>;
export type ProviderContent = Omit<ProviderUpdateInput, 'updatedAt'>;
