import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import {
  cacheName,
  isCurrentCache,
  isOffLimits,
  localeOfPath,
  markServedOffline,
  offlinePath,
  pageKind,
} from '@/lib/pwa/cache-plan';
import { MANIFEST_ICONS, manifestPath, webAppManifest } from '@/lib/pwa/manifest';

describe('what the offline worker keeps', () => {
  it.each([
    ['/tiltak/arna-aktiv', 'detail'],
    ['/nb/tiltak/arna-aktiv', 'detail'],
    ['/nn/tiltak/arna-aktiv', 'detail'],
    ['/en/measures/arna-aktiv', 'detail'],
    ['/min-liste', 'list'],
    ['/nn/mi-liste', 'list'],
    ['/en/my-list', 'list'],
    ['/', 'start'],
    ['/nn', 'start'],
    ['/en', 'start'],
    ['/for-parorende', 'start'],
    ['/en/for-relatives', 'start'],
  ])('%s is a kept page (%s)', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });

  it.each([
    '/tiltak',
    '/en/tiltak/arna-aktiv',
    '/tiltak/arna-aktiv/meld-feil',
    '/tiltak/Arna',
    '/tilbydere/alf-as',
    '/nyheter',
    '/uten-nett',
    '/admin',
    '/api/v1/measures',
  ])('%s is not kept', (path) => {
    expect(pageKind(path)).toBeNull();
  });

  it.each(['/admin', '/admin/tiltak/1', '/nn/admin/logg-inn', '/en/admin', '/api/auth/sign-in', '/api/v1/measures', '/serwist/sw.js'])(
    'leaves %s to the network',
    (path) => {
      expect(isOffLimits(path)).toBe(true);
    },
  );

  it.each(['/', '/tiltak/arna-aktiv', '/administrasjon-av-noe', '/en/my-list', '/apiary'])('may handle %s', (path) => {
    expect(isOffLimits(path)).toBe(false);
  });

  it('finds the language of an address and its offline page', () => {
    expect(locales.map((l) => offlinePath(l))).toEqual(['/uten-nett', '/nn/utan-nett', '/en/offline']);
    expect(localeOfPath('/en/measures/x')).toBe('en');
    expect(localeOfPath('/nn')).toBe('nn');
    expect(localeOfPath('/tiltak/x')).toBe('nb');
    expect(localeOfPath('/nbx')).toBe('nb');
  });

  it('names every cache after the deployment, and only its own count as current', () => {
    expect(cacheName('b1', 'detail')).toBe('ettervern-b1-detail');
    expect(isCurrentCache('ettervern-b1-detail', 'b1')).toBe(true);
    expect(isCurrentCache(cacheName('b1', 'precache'), 'b1')).toBe(true);
    expect(isCurrentCache('ettervern-b0-detail', 'b1')).toBe(false);
    expect(isCurrentCache('ettervern-b10-detail', 'b1')).toBe(false);
    expect(isCurrentCache('serwist-precache-v2-http://localhost/', 'b1')).toBe(false);
  });

  it('marks a copy served offline on its root element only', () => {
    const page = '<!DOCTYPE html><html lang="nb" class="x"><head><script>var html="<html>"</script></head></html>';
    expect(markServedOffline(page)).toBe(
      '<!DOCTYPE html><html data-offline="" lang="nb" class="x"><head><script>var html="<html>"</script></head></html>',
    );
  });
});

describe('the web app manifest', () => {
  it.each(locales)('%s: opens on its home page, covers the whole site, standalone', (locale) => {
    const manifest = webAppManifest(locale, { name: 'Ettervern Bergen', shortName: 'Ettervern', description: 'd' });
    expect(manifest).toMatchObject({ lang: locale, scope: '/', display: 'standalone', theme_color: '#163d6b', name: 'Ettervern Bergen' });
    expect(manifest.start_url).toBe(locale === 'nb' ? '/' : `/${locale}`);
    expect(manifestPath(locale)).toBe(`/${locale}/app.webmanifest`);
  });

  it('has 192 and 512 pixel icons, and a maskable one', () => {
    expect(MANIFEST_ICONS.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });
});
