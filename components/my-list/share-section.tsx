import { getTranslations } from 'next-intl/server';
import { QrCode } from '@/components/ui/qr-code';
import { CopyButton } from './copy-button';
import { PrintButton } from './print-button';

/** Ways to take the list along: its address to copy, an SMS, a QR code, paper. */
export async function ShareSection({ url }: { url: string }) {
  const t = await getTranslations('MyList');
  // sms:?&body= is understood by both Android and iOS messaging apps.
  const sms = `sms:?&body=${encodeURIComponent(t('smsBody', { url }))}`;
  return (
    <section aria-labelledby="share-heading" className="space-y-4 rounded-lg border border-brand-100 p-4 print:hidden">
      <h2 id="share-heading" className="text-xl font-bold text-brand-900">{t('shareHeading')}</h2>
      <p>{t('shareIntro')}</p>
      <div>
        <label htmlFor="my-list-url" className="block font-semibold">{t('urlLabel')}</label>
        {/* No name and no form: only there to be selected and copied. */}
        <input id="my-list-url" type="url" readOnly value={url} className="mt-1 min-h-11 w-full rounded border border-muted px-2" />
        <CopyButton text={url} label={t('copy')} done={t('copied')} />
      </div>
      <p>
        <a href={sms} className="inline-flex min-h-11 items-center font-semibold">{t('sms')}</a>
      </p>
      <figure className="space-y-1">
        <QrCode value={url} label={t('listQr')} scale={3} />
        <figcaption className="text-sm text-muted">{t('qrCaption')}</figcaption>
      </figure>
      <div>
        <h3 className="font-semibold">{t('printHeading')}</h3>
        <PrintButton label={t('print')} hint={t('printHint')} />
      </div>
    </section>
  );
}
