// What a provider's contact may correct from a confirmation link ("Endre"): the facts people
// filter and act on, checked by the same field rules as the editors' form, and a note for
// anything else (hours, address), which the editors read with the proposal.
import { z } from 'zod';
import { measureFields } from './measure';
import { optionalText, version } from './fields';

export const CONFIRMATION_FACTS = [
  'summary',
  'ageMin',
  'ageMax',
  'gender',
  'citywide',
  'districts',
  'referralRequired',
  'dropIn',
  'freeOfCharge',
  'howToStart',
  'contactPhone',
  'contactEmail',
] as const;
export type ConfirmationFact = (typeof CONFIRMATION_FACTS)[number];

export const confirmationChangeSchema = measureFields
  .pick(Object.fromEntries(CONFIRMATION_FACTS.map((f) => [f, true])) as { [K in ConfirmationFact]: true })
  .extend({ note: optionalText(2000), version })
  .check((ctx) => {
    const { ageMin, ageMax } = ctx.value;
    if (ageMin !== null && ageMax !== null && ageMin > ageMax) ctx.issues.push({ code: 'custom', message: 'ageOrder', path: ['ageMax'], input: ageMax });
  });
export type ConfirmationChangeInput = z.output<typeof confirmationChangeSchema>;

/** "Alt stemmer": the measures ticked (all are, at first). */
export const confirmationConfirmSchema = z.object({
  measureIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ error: 'invalid' })).min(1, { error: 'noneChosen' }).max(200)),
});

/** An editor's request by hand: one measure or a selection from the list. */
export const confirmationSendSchema = confirmationConfirmSchema;
