import { getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/ui/page-link';
import { telHref, type NextStep } from '@/lib/domain/way-in';

/**
 * The next steps at the top of "Slik kommer du i gang": just turn up, call, or ask to be
 * contacted (lib/domain/way-in.ts nextSteps decides which). Nothing when there are none.
 */
export async function NextSteps({ steps, slug }: { steps: NextStep[]; slug: string }) {
  if (steps.length === 0) return null;
  const t = await getTranslations('NextSteps');
  return (
    <div className="mt-2">
      <h3 className="font-semibold">{t('title')}</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-3" data-next-steps="">
        {steps.map((step) => (
          <li key={step.kind} className="rounded border border-brand-700 bg-white p-3">
            {step.kind === 'turnUp' && (
              <>
                <p className="font-semibold">{t('turnUp')}</p>
                <p className="mt-1 text-sm">
                  <a href="#hours-heading">{t('turnUpWhen')}</a>
                </p>
                {step.place && <p className="mt-1 text-sm">{t('turnUpWhere', { place: step.place })}</p>}
              </>
            )}
            {step.kind === 'call' && (
              <>
                <p className="font-semibold">
                  <a href={telHref(step.phone)}>{t('call', { phone: step.phone })}</a>
                </p>
                <p className="mt-1 text-sm">{t(`callWhose.${step.whose}`, { name: step.name ?? '' })}</p>
              </>
            )}
            {step.kind === 'contactMe' && (
              <>
                <p className="font-semibold">
                  <PageLink href={{ pathname: '/tiltak/[slug]/kontakt-meg', params: { slug } }}>{t('contactMe')}</PageLink>
                </p>
                <p className="mt-1 text-sm">{t('contactMeHint')}</p>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
