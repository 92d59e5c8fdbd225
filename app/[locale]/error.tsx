'use client';

import { useErrorTexts } from '@/components/layout/error-texts';

// Shown instead of a stack trace when rendering fails; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
