// The authenticator-app QR code, drawn on the server as SVG.
import { qrModules, qrSvgPath } from '@/lib/qr';

export function QrCode({ value, label }: { value: string; label: string }) {
  const modules = qrModules(value);
  const size = modules.length + 8;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 5}
      height={size * 5}
      shapeRendering="crispEdges"
      className="h-auto max-w-full border border-brand-100 bg-white"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrSvgPath(modules)} fill="#000" />
    </svg>
  );
}
