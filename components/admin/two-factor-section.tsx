// The account page's two-step sign-in section: on, being set up, or off.
import { getTranslations } from 'next-intl/server';
import { groupKey } from '@/lib/auth/totp';
import type { AccountSecurity } from '@/lib/data/admin-account';
import { Notice } from './form-controls';
import { QrCode } from './qr-code';
import { ConfirmTwoFactorForm, EnableTwoFactorForm } from './two-factor-forms';

export async function TwoFactorSection({ security, required }: { security: AccountSecurity; required: boolean }) {
  const t = await getTranslations('Admin.account');
  const { pendingSetup } = security;
  return (
    <section aria-labelledby="two-factor-title" className="space-y-4">
      <h2 id="two-factor-title" className="text-2xl font-bold">
        {t('twoFactorTitle')}
      </h2>
      {security.twoFactorEnabled ? (
        <p>{t('twoFactorOn')}</p>
      ) : (
        <>
          {required ? <Notice tone="warning">{t('twoFactorRequired')}</Notice> : <p>{t('twoFactorOff')}</p>}
          {pendingSetup ? (
            <div className="space-y-6">
              <p className="max-w-prose">{t('setupIntro')}</p>
              <QrCode value={pendingSetup.uri} label={t('qrLabel')} />
              <dl className="space-y-3">
                <div>
                  <dt className="font-semibold">{t('secret')}</dt>
                  <dd>
                    <code className="font-mono text-lg break-all" data-testid="totp-key">
                      {groupKey(pendingSetup.key)}
                    </code>
                  </dd>
                </div>
                <div>
                  <dt className="font-semibold">{t('uri')}</dt>
                  <dd>
                    <code className="font-mono text-sm break-all" data-testid="totp-uri">
                      {pendingSetup.uri}
                    </code>
                  </dd>
                </div>
              </dl>
              <div>
                <h3 className="text-lg font-bold">{t('backupTitle')}</h3>
                <p className="max-w-prose">{t('backupIntro')}</p>
                <ul className="mt-2 grid max-w-md grid-cols-2 gap-1 font-mono">
                  {pendingSetup.backupCodes.map((code) => (
                    <li key={code}>{code}</li>
                  ))}
                </ul>
              </div>
              <ConfirmTwoFactorForm />
              <div className="border-t border-brand-100 pt-4">
                <h3 className="text-lg font-bold">{t('restartTitle')}</h3>
                <p className="mb-3">{t('restartIntro')}</p>
                <EnableTwoFactorForm needsPassword={security.hasPassword} submitLabel={t('restart')} />
              </div>
            </div>
          ) : (
            <EnableTwoFactorForm needsPassword={security.hasPassword} submitLabel={t('enable')} />
          )}
        </>
      )}
    </section>
  );
}
