// One block of the admin dashboard: a heading with a count, a short list, and a note
// when the list shows only the first few.
import type { ReactNode } from 'react';

export function DashboardSection({
  id,
  title,
  count,
  empty,
  showing,
  children,
}: {
  id: string;
  title: string;
  count: string;
  empty: string;
  /** "Showing 10 of 42", when not everything is listed. */
  showing?: string;
  children: ReactNode[];
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-brand-100 p-4">
      <h2 id={`${id}-title`} className="flex items-baseline justify-between gap-4 text-xl font-bold">
        <span>{title}</span>
        <span className="rounded bg-brand-50 px-2 text-lg" data-testid={`${id}-count`}>
          {count}
        </span>
      </h2>
      {children.length === 0 ? (
        <p className="mt-2 text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-brand-100">{children}</ul>
      )}
      {showing && <p className="mt-2 text-sm text-muted">{showing}</p>}
    </section>
  );
}
