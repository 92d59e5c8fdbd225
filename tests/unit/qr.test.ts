import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from '@/components/ui/qr-code';

// Reads the server-rendered SVG the way a phone camera would: paints its path's squares
// into a bitmap and decodes that with an independent QR reader.
function decodeSvg(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of path.matchAll(/M(\d+),(\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels.fill(0, i, i + 3);
      }
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('QR code', () => {
  it.each([
    'https://ettervern.bergen.kommune.no/tiltak/aktivitetshuset',
    'https://ettervern.bergen.kommune.no/min-liste?ids=a1b2c3d4e5f6,0123456789ab,fedcba987654,00112233aabb',
    'otpauth://totp/Ettervern%20Bergen:redakt%C3%B8r%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Ettervern%20Bergen',
  ])('draws an SVG that decodes to %s', (url) => {
    const svg = renderToStaticMarkup(createElement(QrCode, { value: url, label: 'QR' }));
    expect(svg).toMatch(/^<svg role="img" aria-label="QR" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<script|href=/);
    expect(decodeSvg(svg)).toBe(url);
  });
});
