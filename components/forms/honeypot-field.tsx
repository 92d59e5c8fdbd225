import { HONEYPOT_FIELD } from '@/lib/public-forms/honeypot';

/**
 * The public forms' trap for bots (lib/public-forms/honeypot.ts): hidden from sight and from
 * assistive technology, never focused. `label` is a name bots find tempting to fill in.
 */
export function HoneypotField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT_FIELD}>{label}</label>
      <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
