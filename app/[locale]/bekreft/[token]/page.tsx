import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice, SubmitButton } from '@/components/forms/fields';
import { ChangeForm } from '@/components/confirmation/change-form';
import { LinkProblem } from '@/components/confirmation/link-problem';
import { PageLink } from '@/components/ui/page-link';
import { confirmFromLinkAction, proposeFromLinkAction } from '@/lib/actions/confirmation';
import { getAuthSettings } from '@/lib/auth';
import { hitLinkLimit } from '@/lib/confirmation/rate-limit';
import { getPrisma } from '@/lib/db';
import { District, Gender } from '@/lib/generated/prisma/enums';
import { clientIp } from '@/lib/http/client-ip';
import { toLocale } from '@/lib/i18n/routing';
import { measureForChange, openLink } from '@/lib/services/confirmation';
import { CONFIRMATION_FACTS } from '@/lib/validation/confirmation';
import { triStateText } from '@/lib/validation/fields';

// A secret link: rendered per request, counted against the rate limit, never indexed.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/bekreft/[token]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'Confirmation' });
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const BOOLEAN_FACTS = ['citywide', 'referralRequired', 'dropIn', 'freeOfCharge'] as const;

export default async function ConfirmationPage({ params, searchParams }: PageProps<'/[locale]/bekreft/[token]'>) {
  const { locale: localeParam, token } = await params;
  const locale = toLocale(localeParam);
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations('Confirmation');
  const answer = one(query.svar);
  const remaining = Number(one(query.igjen) ?? 0);
  const thanks = answer === 'bekreftet' || answer === 'endret' ? (
    <Notice tone="success">
      <h2 className="text-xl font-bold">{answer === 'bekreftet' ? t('confirmedTitle') : t('changedTitle')}</h2>
      <p className="mt-1">{answer === 'bekreftet' ? t('confirmedText') : t('changedText')}</p>
      {answer === 'endret' && remaining > 0 && <p className="mt-1">{t('remaining', { count: remaining })}</p>}
    </Notice>
  ) : null;

  const prisma = getPrisma();
  const { secret } = getAuthSettings();
  const wait = await hitLinkLimit(prisma, secret, clientIp(await headers()));
  if (wait !== null) return <LinkProblem problem="rateLimited" minutes={wait} />;

  const link = await openLink(prisma, secret, token);
  if (!link.ok) return thanks && link.problem === 'used' ? <div className="space-y-6"><h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>{thanks}</div> : <LinkProblem problem={link.problem} />;

  const changeId = one(query.endre);
  if (changeId) {
    const found = await measureForChange(prisma, secret, token, changeId);
    if (!found.ok) return <LinkProblem problem={found.problem} />;
    const m = found.measure;
    const initial = {
      version: String(m.version),
      summary: m.summary,
      ageMin: m.ageMin === null ? '' : String(m.ageMin),
      ageMax: m.ageMax === null ? '' : String(m.ageMax),
      gender: m.gender ?? '',
      districts: m.districts,
      howToStart: m.howToStart ?? '',
      contactPhone: m.contactPhone ?? '',
      contactEmail: m.contactEmail ?? '',
      ...Object.fromEntries(BOOLEAN_FACTS.map((f) => [f, m[f] === null ? '' : triStateText(m[f])])),
    };
    const missing = CONFIRMATION_FACTS.filter((f) => {
      const v = m[f];
      return v === null || (Array.isArray(v) && v.length === 0 && !(f === 'districts' && m.citywide));
    });
    const [tEnums, { Confirmation, Forms }] = await Promise.all([getTranslations('Enums'), getMessages()]);
    const options = {
      genders: Object.values(Gender).map((g) => ({ value: g, label: tEnums(`Gender.${g}`) })),
      districts: Object.values(District).map((d) => ({ value: d, label: tEnums(`District.${d}`) })),
    };
    return (
      <div className="space-y-6">
        <p>
          <PageLink href={{ pathname: '/bekreft/[token]', params: { token } }}>← {t('back')}</PageLink>
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{t('changeTitle', { name: m.name })}</h1>
        <p className="max-w-2xl">{t('changeIntro')}</p>
        <NextIntlClientProvider messages={{ Confirmation, Forms }}>
          <ChangeForm action={proposeFromLinkAction.bind(null, token, m.id)} initial={initial} missing={missing} options={options} />
        </NextIntlClientProvider>
      </div>
    );
  }

  const noneChosen = one(query.fel) === 'noneChosen';
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      {thanks}
      <p className="max-w-2xl">{t('intro', { provider: link.providerName })}</p>
      <form action={confirmFromLinkAction.bind(null, token)} className="max-w-2xl space-y-4">
        <fieldset aria-describedby="confirm-hint">
          <legend className="text-lg font-bold">{t('measuresLegend')}</legend>
          <p id="confirm-hint" className="text-sm text-muted">{t('confirmHint')}</p>
          {noneChosen && <p className="mt-1 font-semibold text-red-700" role="alert">{t('noneChosen')}</p>}
          <ul className="mt-2 space-y-2">
            {link.measures.map((m) => (
              <li key={m.id} className="flex items-start gap-2">
                <input type="checkbox" id={`m-${m.id}`} name="measureIds" value={m.id} defaultChecked className="mt-1 h-4 w-4" />
                <label htmlFor={`m-${m.id}`}>{m.name}</label>
                <span className="text-sm">
                  (<PageLink href={{ pathname: '/tiltak/[slug]', params: { slug: m.slug } }}>{t('view')}</PageLink>)
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
        <SubmitButton>{t('confirm')}</SubmitButton>
      </form>
      <section aria-labelledby="change-heading" className="space-y-2">
        <h2 id="change-heading" className="text-xl font-bold">{t('changeHeading')}</h2>
        <ul className="space-y-1">
          {link.measures.map((m) => (
            <li key={m.id}>
              <PageLink href={{ pathname: '/bekreft/[token]', params: { token }, query: { endre: m.id } }}>{t('change', { name: m.name })}</PageLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
