import { getFormatter, getTranslations } from 'next-intl/server';

/**
 * "Saved …; hours may have changed": on every page, hidden. The service worker reveals it
 * when it shows a kept copy because the network failed (lib/pwa/cache-plan.ts,
 * markServedOffline; app/globals.css), so the time is when this copy was rendered.
 */
export async function OfflineNotice() {
  const [t, format] = await Promise.all([getTranslations('Offline'), getFormatter()]);
  const savedAt = new Date();
  return (
    <p
      className="offline-notice mb-6 hidden rounded-lg border-2 border-warn-800 bg-warn-50 p-3 font-semibold"
      data-saved-at={savedAt.toISOString()}
    >
      {t('notice', { time: format.dateTime(savedAt, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }) })}
    </p>
  );
}
