// Draws the installable app's icons (lib/pwa/manifest.ts) from the favicon's design: the
// white "E" on the header's blue. Run once after changing the design; the PNGs are kept in
// public/icons. Uses sharp, which Next.js installs for image optimisation.
//   npx tsx scripts/make-icons.ts
import path from 'node:path';
import sharp from 'sharp';
import { THEME_COLOR } from '../lib/pwa/manifest';

// The favicon's letter, drawn on a 32-unit square (public/favicon.svg).
const LETTER = 'M9 8h13v3.2h-9.2v3.3h8.4v3.1h-8.4v3.6H23V24H9z';

/** `any`: the favicon's rounded square. `maskable`: full bleed, the letter inside the safe circle. */
function svg(maskable: boolean): string {
  const background = maskable
    ? `<rect width="32" height="32" fill="${THEME_COLOR}"/>`
    : `<rect width="32" height="32" rx="6" fill="${THEME_COLOR}"/>`;
  // The maskable safe zone is the centre circle of 80 % of the width: scale the letter to 60 %.
  const letter = maskable ? `<g transform="translate(16 16) scale(0.6) translate(-16 -16)"><path d="${LETTER}" fill="#fff"/></g>` : `<path d="${LETTER}" fill="#fff"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${background}${letter}</svg>`;
}

const out = path.join(process.cwd(), 'public', 'icons');
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];
async function main() {
  for (const { file, size, maskable } of icons) {
    await sharp(Buffer.from(svg(maskable)), { density: (72 * size) / 32 })
      .resize(size, size)
      .png({ compressionLevel: 9, palette: true })
      .toFile(path.join(out, file));
    console.log(`public/icons/${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
