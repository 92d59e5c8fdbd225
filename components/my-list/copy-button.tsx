'use client';

import { useEffect, useState } from 'react';

/** "Copy the link", where the browser allows it; without JavaScript the field is selected by hand. */
export function CopyButton({ text, label, done }: { text: string; label: string; done: string }) {
  const [supported, setSupported] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setSupported(typeof navigator !== 'undefined' && !!navigator.clipboard), []);
  if (!supported) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}
        className="min-h-11 rounded border border-brand-700 px-3 font-semibold text-brand-700"
      >
        {label}
      </button>
      <p aria-live="polite">{copied ? done : ''}</p>
    </div>
  );
}
