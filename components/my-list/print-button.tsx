'use client';

import { useEffect, useState } from 'react';

/**
 * A print button needs JavaScript; until it has run (or without it) the page shows how
 * to print with the browser instead.
 */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return <p>{hint}</p>;
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-900">
      {label}
    </button>
  );
}
