import { getTranslations } from 'next-intl/server';
import type { QueryProblem } from '@/lib/catalogue/query';

// Only parameter-like names are repeated on the page: a link can carry any text in its
// keys, and the site should not print someone else's sentence as if it were its own.
const NAMEABLE = /^[\p{L}\p{N}_-]{1,24}$/u;

/** Says which parts of the link were ignored, or that the search was shortened. */
export async function QueryNotice({ problems }: { problems: QueryProblem[] }) {
  const invalid = [...new Set(problems.filter((p) => p.kind === 'invalid').map((p) => p.param))];
  const tooLong = problems.some((p) => p.kind === 'too_long');
  if (invalid.length === 0 && !tooLong) return null;
  const t = await getTranslations('Catalogue');
  const named = invalid.filter((p) => NAMEABLE.test(p));
  return (
    <div className="rounded border border-warn-800/30 bg-warn-50 p-3 text-warn-800">
      {invalid.length > 0 && <p>{named.length > 0 ? t('ignored', { params: named.join(', ') }) : t('ignoredUnnamed')}</p>}
      {tooLong && <p>{t('tooLong')}</p>}
    </div>
  );
}
