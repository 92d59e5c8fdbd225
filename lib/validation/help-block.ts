// "Trenger du hjelp nå?" as the admin form sends it and as it is stored: a heading, a short
// introduction and the contacts in the order shown. Each contact has a number to call, a
// page to go to, or both; one that is neither would be a dead end for someone in a hurry.
import { z } from 'zod';
import { checkbox, optionalText, requiredText, version } from './fields';
import { compactRows, type FormValue } from './form-data';

export const HELP_BLOCK_MAX_ENTRIES = 8;

const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);

/** Digits, spaces and a leading +: what a tel: link can dial as written ("116 117", "+47 55 55 55 55"). */
const phone = z.preprocess(
  (v) => blankToNull(typeof v === 'string' ? v.trim() : v),
  z.string({ error: 'invalid' }).regex(/^\+?\d[\d ]{1,18}\d$/, { error: 'phone' }).nullable(),
);

/** A page of this site ("/tiltak/fritid-med-bistand") or a full https:// address elsewhere. */
const href = z.preprocess(
  (v) => blankToNull(typeof v === 'string' ? v.trim() : v),
  z
    .string({ error: 'invalid' })
    .max(500, { error: 'tooLong' })
    .refine((s) => /^\/(?!\/)[^\s]*$/.test(s) || /^https:\/\/[^\s/]+\.[^\s]+$/.test(s), { error: 'helpLink' })
    .nullable(),
);

export const helpEntrySchema = z
  .object({
    label: requiredText(120),
    phone,
    href,
    /** Demo data not yet confirmed: the page says so beside it. */
    placeholder: checkbox,
  })
  .check((ctx) => {
    if (ctx.value.phone === null && ctx.value.href === null) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['phone'], message: 'phoneOrLink' });
    }
  });

export const helpBlockFields = z.object({
  heading: requiredText(80),
  intro: optionalText(300),
  entries: z.preprocess(
    // Spare rows left blank are not contacts; a row with only the demo box ticked is blank too.
    (v) => (Array.isArray(v) ? compactRows(v as FormValue, ['placeholder']) : v),
    z.array(helpEntrySchema, { error: 'invalid' }).min(1, { error: 'helpEntries' }).max(HELP_BLOCK_MAX_ENTRIES, { error: 'tooMany' }),
  ),
});

export const helpBlockUpdateSchema = helpBlockFields.extend({ version });

export type HelpEntry = z.output<typeof helpEntrySchema>;
export type HelpBlockContent = z.output<typeof helpBlockFields>;
export type HelpBlockUpdateInput = z.output<typeof helpBlockUpdateSchema>;
