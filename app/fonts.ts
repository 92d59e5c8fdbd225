import localFont from 'next/font/local';

// Self-hosted from the npm package: no request leaves the site, and next/font adds a
// size-matched fallback so text does not jump when the font arrives.
export const sans = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2', style: 'normal' },
  ],
  weight: '200 900',
  display: 'swap',
  variable: '--font-sans',
});
