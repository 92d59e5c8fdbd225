// "Be om å bli kontaktet": as little as a person can be reached with. Messages are keys under
// ContactRequest.errors (with {max} where they need it), translated where shown.
import { z } from 'zod';

export const NAME_MAX = 100;
export const CONTACT_MAX = 200;
export const MESSAGE_MAX = 500;
/** When it suits to be contacted; the form offers these, "any time" chosen first. */
export const CONTACT_TIMES = ['anytime', 'morning', 'afternoon', 'evening'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

const required = (max: number) =>
  z.preprocess(
    (v) => trimmed(v ?? ''),
    z.string({ error: 'invalid' }).min(1, { error: 'required', abort: true }).max(max, { error: 'tooLong' }),
  );

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A phone number as people write it: digits with spaces, dashes, dots, brackets and a leading +; 8 to 15 digits. */
const isPhone = (v: string) => /^\+?[\d\s().-]+$/.test(v) && /^\d{8,15}$/.test(v.replace(/\D/g, ''));

export const contactRequestSchema = z.object({
  name: required(NAME_MAX),
  contact: required(CONTACT_MAX).refine((v) => EMAIL.test(v) || isPhone(v), { error: 'contact' }),
  when: z.preprocess((v) => (v === undefined || v === '' ? 'anytime' : v), z.enum(CONTACT_TIMES, { error: 'invalid' })),
  message: z.preprocess(
    (v) => {
      const t = trimmed(v);
      return t === undefined || t === '' ? null : t;
    },
    z.string({ error: 'invalid' }).max(MESSAGE_MAX, { error: 'tooLong' }).nullable(),
  ),
  // Explicit consent: only a ticked box counts.
  consent: z.literal('on', { error: 'consent' }),
});

export type ContactRequestInput = z.output<typeof contactRequestSchema>;

/** The limit each field's "too long" names. */
export const FIELD_MAX: Record<string, number> = { name: NAME_MAX, contact: CONTACT_MAX, message: MESSAGE_MAX };
