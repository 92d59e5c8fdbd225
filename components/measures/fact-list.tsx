import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  /** null renders the "not stated" text: unknown is never shown as "no". */
  value: ReactNode | null;
}

export function FactList({ facts, unknownText }: { facts: Fact[]; unknownText: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {facts.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="font-semibold">{fact.label}</dt>
          <dd className={fact.value === null ? 'text-muted' : undefined}>{fact.value ?? unknownText}</dd>
        </div>
      ))}
    </dl>
  );
}
