import { createSerwistRoute } from '@serwist/turbopack';
import { buildVersion } from '@/lib/pwa/version';

const distDir = process.env.NEXT_DIST_DIR || '.next';

// The service worker (lib/pwa/sw.ts), bundled with esbuild while the site is built and
// served as the static file /serwist/sw.js, with Service-Worker-Allowed: / so that it may
// look after the whole site. Its precache list is the style sheets and fonts, which every
// page needs to look right offline; scripts are kept as pages load them.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/pwa/sw.ts',
  useNativeEsbuild: true,
  globPatterns: [`${distDir}/static/**/*.{css,woff2}`],
  esbuildOptions: {
    define: { __CACHE_VERSION__: JSON.stringify(buildVersion(distDir)) },
    // A classic script, which every browser with service workers can run.
    format: 'iife',
    sourcemap: false,
  },
});
