import { getTranslations } from 'next-intl/server';
import type { ListProblem } from '@/lib/my-list/list';

/** What the page left out of the link's list, and why. */
export async function ListNotice({ problems, missing }: { problems: ListProblem[]; missing: number }) {
  if (problems.length === 0 && missing === 0) return null;
  const t = await getTranslations('MyList');
  return (
    <div role="status" className="rounded border border-warn-800/30 bg-warn-50 p-3 text-warn-800 print:hidden">
      {missing > 0 && <p>{t('missing', { count: missing })}</p>}
      {problems.map((p) => (
        <p key={p.kind}>{p.kind === 'too_long' ? t('tooLong', { max: p.max }) : t('invalid')}</p>
      ))}
    </div>
  );
}
