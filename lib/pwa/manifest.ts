// The web app manifest, one per language (app/[locale]/app.webmanifest/route.ts): the app
// opens on that language's home page and looks after the whole site.
import type { MetadataRoute } from 'next';
import { defaultLocale, type Locale } from '@/lib/i18n/routing';

/** The header's blue (app/globals.css, --color-brand-800). */
export const THEME_COLOR = '#163d6b';

export const MANIFEST_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const satisfies MetadataRoute.Manifest['icons'];

/** Where the manifest of a language is served (linked from app/[locale]/layout.tsx). */
export function manifestPath(locale: Locale): string {
  return `/${locale}/app.webmanifest`;
}

export interface ManifestTexts {
  name: string;
  shortName: string;
  description: string;
}

export function webAppManifest(locale: Locale, texts: ManifestTexts): MetadataRoute.Manifest {
  const home = locale === defaultLocale ? '/' : `/${locale}`;
  return {
    // One app per language: each has its own start page.
    id: home,
    name: texts.name,
    short_name: texts.shortName,
    description: texts.description,
    lang: locale,
    dir: 'ltr',
    start_url: home,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [...MANIFEST_ICONS],
  };
}
