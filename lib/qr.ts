// QR codes from the `qrcode` package, drawn by us as one SVG path (components/ui/qr-code.tsx)
// so that the page needs no script and no image request. Server only: the library stays
// out of the browser's JavaScript.
import 'server-only';
import QRCode from 'qrcode';

/** The QR code for `text` (error correction level M) as rows of dark (true) and light modules, without quiet zone. */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => modules.get(y, x) !== 0));
}

/** An SVG path (one unit per module, offset by the quiet zone) drawing the dark modules. */
export function qrSvgPath(modules: boolean[][], margin = 4): string {
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + margin},${y + margin}h1v1h-1z`);
    }),
  );
  return parts.join('');
}
