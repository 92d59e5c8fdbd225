// The one place where posted forms become plain objects for the zod schemas, and where
// zod's issues become per-field error keys for the forms.
import type { z } from 'zod';

export type FormValue = string | FormValues | FormValue[];
export interface FormValues {
  [key: string]: FormValue | undefined;
}

/** "hours[0][opensAt]" → ["hours", "0", "opensAt"]; "districts[]" → ["districts", ""]. */
function pathOf(name: string): string[] {
  const head = name.split('[', 1)[0]!;
  const rest = [...name.slice(head.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
  return [head, ...rest];
}

// Objects without a prototype: a posted name such as `__proto__[x]` or `constructor` must
// become a key like any other, never reach (or change) Object.prototype.
const emptyValues = () => Object.create(null) as FormValues;

/**
 * FormData → nested object. Indexed names (`openingHours[2][weekday]`) become arrays of
 * objects in index order; a name sent several times (checkboxes) becomes an array. React's
 * own fields ($ACTION_…) and files are left out.
 */
export function formDataToObject(formData: FormData): FormValues {
  const root = emptyValues();
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    const path = pathOf(name);
    let node: FormValues = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      const next = path[i + 1]!;
      if (next === '') break;
      // A name used both plain and indexed (`a=1&a[b]=2`) keeps the indexed values.
      const child = node[key];
      node = typeof child === 'object' && !Array.isArray(child) ? child : (node[key] = emptyValues());
    }
    const last = path.at(-1) === '' ? path.at(-2)! : path.at(-1)!;
    const existing = node[last];
    if (existing === undefined) node[last] = path.at(-1) === '' ? [value] : value;
    else node[last] = Array.isArray(existing) ? [...existing, value] : [existing as string, value];
  }
  return indexedToArrays(root) as FormValues;
}

// Objects whose keys are all indices ({ "0": …, "3": … }) become arrays, gaps closed.
function indexedToArrays(value: FormValue | undefined): FormValue | undefined {
  if (typeof value === 'string' || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => indexedToArrays(v)!) as FormValue[];
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => indexedToArrays(value[k])!);
  }
  // Plain objects again (React passes only those on to client components, to keep what was
  // typed); Object.fromEntries defines each key as its own, `__proto__` too.
  return Object.fromEntries(keys.map((k) => [k, indexedToArrays(value[k])]));
}

/** Rows of a repeating fieldset: drops rows marked for removal and spare rows left blank. */
export function compactRows(rows: FormValue | undefined, ignore: readonly string[] = []): FormValues[] {
  if (!Array.isArray(rows)) return [];
  return rows.filter((row): row is FormValues => {
    if (typeof row !== 'object' || Array.isArray(row)) return false;
    if (row.remove) return false;
    return Object.entries(row).some(([k, v]) => !ignore.includes(k) && typeof v === 'string' && v.trim() !== '');
  });
}

/** "openingHours.0.opensAt" → ["time"]: message keys under Forms.errors. */
export type FieldErrors = Record<string, string[]>;

const FALLBACK: Record<string, string> = {
  invalid_type: 'invalid',
  invalid_value: 'invalid',
  too_big: 'tooLong',
  too_small: 'required',
  invalid_format: 'invalid',
};

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    const message = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : (FALLBACK[issue.code] ?? 'invalid');
    (out[key] ??= []).includes(message) || out[key].push(message);
  }
  return out;
}
