// A QR code drawn on the server as SVG (lib/qr.ts): the authenticator-app code on the
// account page, and links back to the site on "Min liste" and its printout.
import { qrModules, qrSvgPath } from '@/lib/qr';

export function QrCode({ value, label, scale = 5, className }: { value: string; label: string; scale?: number; className?: string }) {
  const modules = qrModules(value);
  const size = modules.length + 8;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * scale}
      height={size * scale}
      shapeRendering="crispEdges"
      className={className ?? 'h-auto max-w-full border border-brand-100 bg-white'}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrSvgPath(modules)} fill="#000" />
    </svg>
  );
}
