import { getTranslations } from 'next-intl/server';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The outcome of the last action, carried in the URL by its redirect (?saved=… or
 * ?problem=…), so it shows without JavaScript. Unknown values show nothing.
 */
export async function Flash({ searchParams }: { searchParams: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations('AdminEdit');
  const tErrors = await getTranslations('Forms.errors');
  const saved = one(searchParams.saved);
  const problem = one(searchParams.problem);
  const savedKey = `saved.${saved}`;
  return (
    <div aria-live="polite" role="status">
      {saved && t.has(savedKey as 'saved.updated') && (
        <p className="rounded border border-green-700 bg-green-50 p-3 font-semibold text-green-900">{t(savedKey as 'saved.updated')}</p>
      )}
      {problem && tErrors.has(problem as 'invalid') && (
        <p className="rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800">{tErrors(problem as 'invalid')}</p>
      )}
    </div>
  );
}
