// The measure as editors, providers, the CSV import and the API send it: one schema for all.
// Status and lastVerifiedAt are not content: they change through their own actions.
import { z } from 'zod';
import {
  ContentCategory,
  District,
  Gender,
  HoursStatus,
  MeasureKind,
  PublicationStatus,
  SobrietyRule,
  TargetGroup,
} from '@/lib/generated/prisma/enums';
import type { TranslatedText } from '@/lib/i18n/content';
import {
  checkbox,
  clockTime,
  enumArray,
  isoDate,
  optionalClockTime,
  optionalEmail,
  optionalEnum,
  optionalFloat,
  optionalInt,
  optionalIsoDate,
  optionalText,
  optionalUrl,
  requiredEnum,
  requiredText,
  slug,
  translations,
  triState,
  version,
} from './fields';
import { compactRows, formDataToObject, type FormValues } from './form-data';
import { isOvernight, LONG_WINDOW_MINUTES, windowLength } from '@/lib/domain/opening-hours';

const values = <T extends string>(e: Record<string, T>) => Object.values(e) as T[];

/** Longest Bokmål texts, and so their translations. */
const TEXT_LIMITS: Record<TranslatedText, number> = { name: 200, summary: 500, description: 10_000, howToStart: 2000 };

export const locationSchema = z
  .object({
    name: optionalText(200),
    address: optionalText(200),
    postcode: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().regex(/^\d{4}$/, { error: 'postcode' }).nullable().default(null)),
    city: optionalText(100),
    district: optionalEnum(values(District)),
    latitude: optionalFloat(-90, 90),
    longitude: optionalFloat(-180, 180),
    placeholder: checkbox,
  })
  .check((ctx) => {
    if (!ctx.value.name && !ctx.value.address) ctx.issues.push({ code: 'custom', message: 'locationNameOrAddress', path: ['address'], input: ctx.value });
  });

/**
 * A window past midnight must be chosen (`overnight`, "ends the next day") and one over 16
 * hours confirmed (`confirmLong`), so a typing slip is a field error instead of a 22-hour
 * window. The choices are checked, not stored: a stored window's closing at or before its
 * opening already says it ends the next day (isOvernight).
 */
const windowChoiceFields = { overnight: checkbox, confirmLong: checkbox };
type WindowChoices = { overnight: boolean; confirmLong: boolean };

/** What is wrong with a window's times and choices: [message, field], or null. */
function windowProblem(w: { opensAt: number; closesAt: number } & WindowChoices): [string, string] | null {
  // Equal times would be a 24-hour window; far likelier a typing slip.
  if (w.opensAt === w.closesAt) return ['sameTime', 'closesAt'];
  if (w.closesAt < w.opensAt && !w.overnight) return ['closesBeforeOpens', 'closesAt'];
  if (w.closesAt > w.opensAt && w.overnight) return ['overnightNotNeeded', 'overnight'];
  if (windowLength(w) > LONG_WINDOW_MINUTES && !w.confirmLong) return ['longWindow', 'confirmLong'];
  return null;
}

const withoutChoices = <T extends WindowChoices>({ overnight: _o, confirmLong: _c, ...rest }: T) => rest;

/** One weekly window as an editor, a CSV row or a provider sends it. */
export const openingHoursSchema = z
  .object({
    weekday: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v === '' ? undefined : v), z.number({ error: 'required' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(7, { error: 'invalid' })),
    opensAt: clockTime,
    closesAt: clockTime,
    validFrom: optionalIsoDate,
    validTo: optionalIsoDate,
    ...windowChoiceFields,
  })
  .check((ctx) => {
    const { validFrom, validTo } = ctx.value;
    const problem = windowProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem[0], path: [problem[1]], input: ctx.value });
    if (validFrom && validTo && validFrom > validTo) ctx.issues.push({ code: 'custom', message: 'dateOrder', path: ['validTo'], input: validTo });
  })
  .transform(withoutChoices);

export const openingExceptionSchema = z
  .object({
    startDate: isoDate,
    endDate: optionalIsoDate,
    closed: checkbox,
    opensAt: optionalClockTime,
    closesAt: optionalClockTime,
    note: optionalText(300),
    ...windowChoiceFields,
  })
  .transform((e) => ({ ...e, endDate: e.endDate ?? e.startDate, ...(e.closed ? { opensAt: null, closesAt: null } : {}) }))
  .check((ctx) => {
    const e = ctx.value;
    if (e.endDate < e.startDate) ctx.issues.push({ code: 'custom', message: 'dateOrder', path: ['endDate'], input: e.endDate });
    if (e.closed) return;
    if (e.opensAt === null) ctx.issues.push({ code: 'custom', message: 'timeOrClosed', path: ['opensAt'], input: null });
    if (e.closesAt === null) ctx.issues.push({ code: 'custom', message: 'timeOrClosed', path: ['closesAt'], input: null });
    const problem = e.opensAt !== null && e.closesAt !== null ? windowProblem({ ...e, opensAt: e.opensAt, closesAt: e.closesAt }) : null;
    if (problem) ctx.issues.push({ code: 'custom', message: problem[0], path: [problem[1]], input: e });
  })
  .transform(withoutChoices);

/**
 * The choices a stored window stands for, where they are made. Stored content (a proposal
 * being approved, a version restored, a form or CSV filled from the database) was checked
 * when it was saved, so its choices follow from its times.
 */
export function windowChoices(w: { opensAt: number | null; closesAt: number | null }): Partial<WindowChoices> {
  if (w.opensAt === null || w.closesAt === null) return {};
  const times = { opensAt: w.opensAt, closesAt: w.closesAt };
  return { ...(isOvernight(times) && { overnight: true }), ...(windowLength(times) > LONG_WINDOW_MINUTES && { confirmLong: true }) };
}

const withStoredChoices = <T extends { opensAt: number | null; closesAt: number | null }>(list: T[] | undefined) =>
  // Old snapshots may lack a field; the schema reports or defaults it.
  Array.isArray(list) ? list.map((w) => ({ ...w, ...windowChoices(w) })) : list;

/** Stored content, ready to be checked again with the measure schemas. */
export function storedContentInput<T extends Pick<MeasureContent, 'openingHours' | 'exceptions'>>(content: T) {
  return { ...content, openingHours: withStoredChoices(content.openingHours), exceptions: withStoredChoices(content.exceptions) };
}

export const MEASURE_BOOLEAN_FIELDS = [
  'citywide',
  'referralRequired',
  'applicationRequired',
  'dropIn',
  'anonymous',
  'freeOfCharge',
  'companionWelcome',
  'wheelchairAccessible',
] as const;

/** Every content field of a measure; the create and update schemas derive from this. */
export const measureFields = z.object({
  slug: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v ?? null), slug.nullable()),
  name: requiredText(TEXT_LIMITS.name),
  summary: requiredText(TEXT_LIMITS.summary),
  description: optionalText(TEXT_LIMITS.description),
  providerId: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.uuid({ error: 'required' })),
  kind: requiredEnum(values(MeasureKind)),
  categories: enumArray(values(ContentCategory)),
  districts: enumArray(values(District)),
  targetGroups: enumArray(values(TargetGroup)),
  citywide: triState,
  ageMin: optionalInt(0, 120),
  ageMax: optionalInt(0, 120),
  gender: optionalEnum(values(Gender)),
  referralRequired: triState,
  referralFrom: optionalText(300),
  applicationRequired: triState,
  sobrietyRule: optionalEnum(values(SobrietyRule)),
  dropIn: triState,
  anonymous: triState,
  freeOfCharge: triState,
  priceText: optionalText(300),
  companionWelcome: triState,
  wheelchairAccessible: triState,
  howToStart: optionalText(TEXT_LIMITS.howToStart),
  // Nynorsk and English versions; empty means "not translated" and the page shows Bokmål.
  ...translations(TEXT_LIMITS),
  contactName: optionalText(200),
  contactPhone: optionalText(50),
  contactEmail: optionalEmail,
  website: optionalUrl,
  /** Where confirmation requests for this measure go instead of its provider's; never public. */
  updatesEmail: optionalEmail,
  hoursStatus: z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? 'UNKNOWN' : typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.enum(values(HoursStatus), { error: 'invalid' }),
  ),
  hoursPlaceholder: checkbox,
  /** Announced but not started yet ("planlagt"); labelled so and listed last. */
  planned: checkbox,
  /** Visitors may ask to be contacted from the page ("Be om å bli kontaktet"). */
  acceptsContactRequests: checkbox,
  sourceNote: optionalText(2000),
  locations: z.array(locationSchema).max(50, { error: 'tooMany' }).default([]),
  openingHours: z.array(openingHoursSchema).max(100, { error: 'tooMany' }).default([]),
  exceptions: z.array(openingExceptionSchema).max(100, { error: 'tooMany' }).default([]),
});

type MeasureFieldsOutput = z.output<typeof measureFields>;

function crossFieldChecks(ctx: z.core.ParsePayload<Pick<MeasureFieldsOutput, 'ageMin' | 'ageMax' | 'hoursStatus' | 'openingHours'>>) {
  const m = ctx.value;
  if (m.ageMin !== null && m.ageMax !== null && m.ageMin > m.ageMax) {
    ctx.issues.push({ code: 'custom', message: 'ageOrder', path: ['ageMax'], input: m.ageMax });
  }
  if (m.hoursStatus === 'REGULAR' && m.openingHours.length === 0) {
    ctx.issues.push({ code: 'custom', message: 'hoursMissing', path: ['openingHours'], input: m.openingHours });
  }
}

/** A new measure: an empty slug is made from the name. */
export const measureCreateSchema = measureFields.check(crossFieldChecks);

/** A change to a measure: names the version it started from (optimistic locking). */
export const measureUpdateSchema = measureFields.extend({ slug, version }).check(crossFieldChecks);

export type MeasureCreateInput = z.output<typeof measureCreateSchema>;
export type MeasureUpdateInput = z.output<typeof measureUpdateSchema>;
/** A measure's content as stored in snapshots, change requests and compared in diffs. */
export type MeasureContent = Omit<MeasureUpdateInput, 'version'>;
export type MeasureLocationInput = z.output<typeof locationSchema>;
export type OpeningHoursInput = z.output<typeof openingHoursSchema>;
export type OpeningExceptionInput = z.output<typeof openingExceptionSchema>;

export const CONTENT_FIELDS = Object.keys(measureFields.shape) as (keyof MeasureContent)[];

export const measureStatusSchema = z.object({
  status: requiredEnum(values(PublicationStatus)),
  version,
});

/**
 * A posted measure form as plain values: repeating rows compacted (spare rows left blank
 * and rows marked for removal dropped). These are also what the form shows again when
 * saving fails, so nothing typed is lost.
 */
export function measureValuesFromForm(formData: FormData): FormValues {
  const raw = formDataToObject(formData);
  return {
    ...raw,
    locations: compactRows(raw.locations, ['placeholder']),
    openingHours: compactRows(raw.openingHours, ['overnight', 'confirmLong']),
    exceptions: compactRows(raw.exceptions, ['overnight', 'confirmLong']),
  };
}
