import { getTranslations } from 'next-intl/server';
import type { QueryProblem } from '@/lib/catalogue/query';

/** Says which of the catalogue's parameters in the link were ignored, or that the search was shortened. */
export async function QueryNotice({ problems }: { problems: QueryProblem[] }) {
  const invalid = [...new Set(problems.filter((p) => p.kind === 'invalid').map((p) => p.param))];
  const tooLong = problems.some((p) => p.kind === 'too_long');
  if (invalid.length === 0 && !tooLong) return null;
  const t = await getTranslations('Catalogue');
  return (
    <div className="rounded border border-warn-800/30 bg-warn-50 p-3 text-warn-800">
      {invalid.length > 0 && <p>{t('ignored', { params: invalid.join(', ') })}</p>}
      {tooLong && <p>{t('tooLong')}</p>}
    </div>
  );
}
