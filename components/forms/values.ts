// Reading posted values and errors back into a form: "openingHours.0.opensAt" paths,
// the same ones zod reports, map to input names "openingHours[0][opensAt]".
import type { FieldErrors, FormValue, FormValues } from '@/lib/validation/form-data';

export function valueAt(values: FormValues | undefined, path: string): FormValue | undefined {
  let node: FormValue | undefined = values;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Array.isArray(node) ? node[Number(part)] : node[part];
  }
  return node;
}

export function textAt(values: FormValues | undefined, path: string): string {
  const v = valueAt(values, path);
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

export function listAt(values: FormValues | undefined, path: string): string[] {
  const v = valueAt(values, path);
  return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function rowsAt(values: FormValues | undefined, path: string): FormValues[] {
  const v = valueAt(values, path);
  return Array.isArray(v) ? v.filter((x): x is FormValues => typeof x === 'object' && !Array.isArray(x)) : [];
}

/** "openingHours.0.opensAt" → "openingHours[0][opensAt]" */
export const inputName = (path: string) => path.split('.').map((p, i) => (i === 0 ? p : `[${p}]`)).join('');
/** "openingHours.0.opensAt" → "f-openingHours-0-opensAt" */
export const inputId = (path: string) => `f-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${inputId(path)}-error`;

export function errorsAt(errors: FieldErrors | undefined, path: string): string[] {
  return errors?.[path] ?? [];
}
