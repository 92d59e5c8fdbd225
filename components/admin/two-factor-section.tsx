// The account page's two-step sign-in section: on (new backup codes; turning it off, except
// for admins, who must keep it), being set up, or off.
import { getTranslations } from 'next-intl/server';
import { groupKey } from '@/lib/auth/totp';
import type { AccountSecurity } from '@/lib/data/admin-account';
import { Notice } from '@/components/forms/fields';
import { QrCode } from '@/components/ui/qr-code';
import { BackupCodesForm, ConfirmTwoFactorForm, DisableTwoFactorForm, EnableTwoFactorForm } from './two-factor-forms';

/**
 * `required`: an admin, who must keep two-step sign-in once on. `setupRequired`: an admin who
 * cannot use the admin area until it is on (not after trusted single sign-on: lib/auth/sso.ts).
 */
export async function TwoFactorSection({
  security,
  required,
  setupRequired,
}: {
  security: AccountSecurity;
  required: boolean;
  setupRequired: boolean;
}) {
  const t = await getTranslations('Admin.account');
  const { pendingSetup } = security;
  return (
    <section aria-labelledby="two-factor-title" className="space-y-4">
      <h2 id="two-factor-title" className="text-2xl font-bold">
        {t('twoFactorTitle')}
      </h2>
      {security.twoFactorEnabled ? (
        <>
          <p>{t('twoFactorOn')}</p>
          <section aria-labelledby="backup-new-title" className="space-y-3 border-t border-brand-100 pt-4">
            <h3 id="backup-new-title" className="text-lg font-bold">
              {t('backupNewTitle')}
            </h3>
            <p className="max-w-prose">{t('backupNewIntro')}</p>
            <BackupCodesForm needsPassword={security.hasPassword} />
          </section>
          <section aria-labelledby="disable-title" className="space-y-3 border-t border-brand-100 pt-4">
            <h3 id="disable-title" className="text-lg font-bold">
              {t('disableTitle')}
            </h3>
            {required ? (
              <p className="max-w-prose">{t('disableNotAllowed')}</p>
            ) : (
              <>
                <p className="max-w-prose">{t('disableIntro')}</p>
                <DisableTwoFactorForm needsPassword={security.hasPassword} />
              </>
            )}
          </section>
        </>
      ) : (
        <>
          {setupRequired ? <Notice tone="warning">{t('twoFactorRequired')}</Notice> : <p>{t('twoFactorOff')}</p>}
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
