'use client';
// The list of what went wrong, at the top of a form. It takes focus when a submission comes
// back with errors, so screen-reader and keyboard users land on it; each item links to its field.
import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the field the message is about, if any. */
  field?: string;
  message: string;
}

export function ErrorSummary({ title, items, token }: { title: string; items: SummaryItem[]; token: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  // `token` is the action state: a new object for every submission, so the summary takes
  // focus after each failed attempt, not on every render.
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [token, items.length]);
  if (!items.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded border-2 border-red-800 p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={`${item.field ?? 'form'}-${item.message}`}>
            {item.field ? <a href={`#${item.field}`}>{item.message}</a> : item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
