import { getTranslations } from 'next-intl/server';

export type LinkPageProblem = 'invalid' | 'expired' | 'used' | 'rateLimited';

/** Why a confirmation link does nothing, in the page's language; nothing was changed. */
export async function LinkProblem({ problem, minutes = 1 }: { problem: LinkPageProblem; minutes?: number }) {
  const t = await getTranslations('Confirmation');
  const texts = {
    invalid: [t('invalidTitle'), t('invalidText')],
    expired: [t('expiredTitle'), t('expiredText')],
    used: [t('usedTitle'), t('usedText')],
    rateLimited: [t('rateLimitedTitle'), t('rateLimitedText', { minutes })],
  } as const;
  const [title, text] = texts[problem];
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="max-w-2xl">{text}</p>
      <p className="max-w-2xl text-sm text-muted">{t('contactUs')}</p>
    </div>
  );
}
