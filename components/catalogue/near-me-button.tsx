'use client';

import { useEffect, useState } from 'react';
import { formatPosition } from '@/lib/domain/geography';

/**
 * "Bruk posisjonen min": asks the browser for the device's position and reloads the
 * catalogue sorted by distance from it. Only the position rounded to about 1 km
 * (formatPosition) goes into the address, as `near=lat,lon`; the precise one never leaves
 * this function. Without JavaScript or geolocation the button is not shown at all: the
 * district choice beside it does the same job.
 */
export function NearMeButton({ label, note, locating, failed }: { label: string; note: string; locating: string; failed: string }) {
  const [supported, setSupported] = useState(false);
  const [status, setStatus] = useState<'idle' | 'locating' | 'failed'>('idle');
  useEffect(() => setSupported('geolocation' in navigator), []);
  if (!supported) return null;

  const locate = () => {
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const url = new URL(window.location.href);
        url.searchParams.set('near', formatPosition({ latitude: coords.latitude, longitude: coords.longitude }));
        // The new order starts on its first page, sorted by distance (the default with an origin).
        url.searchParams.delete('page');
        url.searchParams.delete('sort');
        window.location.assign(url);
      },
      () => setStatus('failed'),
      // A coarse fix is all that is used, and it comes faster and with less battery.
      { enableHighAccuracy: false, maximumAge: 10 * 60 * 1000, timeout: 20_000 },
    );
  };

  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={locate}
        disabled={status === 'locating'}
        className="min-h-11 rounded border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
      <p className="text-sm text-muted">{note}</p>
      <p aria-live="polite" className="text-sm">
        {status === 'locating' ? locating : status === 'failed' ? failed : ''}
      </p>
    </div>
  );
}
