import type { MetadataRoute } from 'next';
import { defaultLocale, locales } from '@/lib/i18n/routing';
import { absoluteUrl } from '@/lib/site-urls';

// SITE_URL is read when served, not baked in at build time.
export const dynamic = 'force-dynamic';

// The staff area, in every language's prefix.
const ADMIN_PATHS = ['/admin', ...locales.filter((l) => l !== defaultLocale).map((l) => `/${l}/admin`)];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ADMIN_PATHS },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
