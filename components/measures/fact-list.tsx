import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  /** null: not known, so the row is left out (unknown is never shown as "no"). */
  value: ReactNode | null;
}

/**
 * Label and value rows. `unknownText` shows unknown values as such (the admin side and
 * provider pages do); without it, only the known facts are listed, and the page names the
 * missing ones once (components/measures/missing-facts.tsx).
 */
export function FactList({ facts, unknownText }: { facts: Fact[]; unknownText?: string }) {
  const shown = unknownText === undefined ? facts.filter((fact) => fact.value !== null && fact.value !== undefined) : facts;
  if (shown.length === 0) return null;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {shown.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-semibold">{fact.label}</dt>
          <dd className={fact.value === null ? 'text-muted' : undefined}>{fact.value ?? unknownText}</dd>
        </div>
      ))}
    </dl>
  );
}
