import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { E2E_USERS, signIn } from './helpers/admin';

// Every response carries the security headers (server.ts), the app's own error pages and
// the server's refusals of malformed requests included; pages run under a CSP without
// 'unsafe-inline', their inline scripts allowed by hash, and still hydrate.

function expectSecurityHeaders(headers: Record<string, string>, label: string) {
  // The open-data API may be read from other sites (it answers CORS '*').
  const corp = /^(?:[A-Z]+ )?\/api\/(?:v1|hsds)\b/.test(label) ? 'cross-origin' : 'same-origin';
  const csp = headers['content-security-policy'] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc, `${label}: script-src`).toMatch(/^'self'/);
  expect(scriptSrc, `${label}: no unsafe-inline`).not.toContain('unsafe-inline');
  expect(scriptSrc, `${label}: no unsafe-eval`).not.toContain('unsafe-eval');
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("object-src 'none'");
  expect(headers['cross-origin-opener-policy'], label).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], label).toBe(corp);
  expect(headers['strict-transport-security'], label).toContain('max-age=');
  expect(headers['x-content-type-options'], label).toBe('nosniff');
  expect(headers['x-frame-options'], label).toBe('DENY');
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], label).toContain('camera=()');
  // "Bruk posisjonen min" (the catalogue) may ask for the position; no embedded frame may.
  expect(headers['permissions-policy'], label).toContain('geolocation=(self)');
}

/** Collects CSP violations from the page itself (the console also reports them). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

/** Next.js's client router is running: the page hydrated. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: unknown }).next === 'object')).toBe(true);
}

test.describe('security headers', () => {
  for (const path of ['/', '/tiltak', '/tiltak?q=trening&age=abc', '/nn/tiltak?q=trening', '/en/measures', '/tiltak/dagsverket', '/tilbydere', '/nyheter']) {
    test(`public page ${path}: headers, no CSP violation, hydrates`, async ({ page }) => {
      const violations = await watchCsp(page);
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      expectSecurityHeaders(response!.headers(), path);
      expect(response!.headers()['content-security-policy']).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
      await expectHydrated(page);
      expect(await violations()).toEqual([]);
    });
  }

  test('client navigation and the search form work under the CSP', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/tiltak');
    await expectHydrated(page);
    await page.getByRole('link', { name: 'Dagsverket', exact: true }).first().click();
    await expect(page).toHaveURL(/\/tiltak\/dagsverket$/);
    expect(await violations()).toEqual([]);
  });

  test('the sign-in form with JavaScript, and admin pages: headers, no CSP violation', async ({ page }) => {
    const violations = await watchCsp(page);
    const login = await page.goto('/admin/logg-inn');
    expectSecurityHeaders(login!.headers(), 'sign-in');
    await expectHydrated(page);
    await signIn(page, E2E_USERS.editor);
    for (const path of ['/admin', '/admin/tiltak', '/nn/admin']) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      expectSecurityHeaders(response!.headers(), path);
      await expectHydrated(page);
    }
    expect(await violations()).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('pages and the search still work', async ({ page }) => {
      await page.goto('/tiltak');
      await page.getByRole('searchbox').first().fill('trening');
      await page.getByRole('searchbox').first().press('Enter');
      await expect(page).toHaveURL(/q=trening/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });

  test('the app\'s 404 page and the API', async ({ request }) => {
    for (const path of ['/finnes-ikke', '/tiltak/finnes-ikke', '/en/no-such-page', '/_next/static/finnes-ikke.js']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expectSecurityHeaders(response.headers(), path);
    }
    for (const path of ['/api/v1/measures', '/api/hsds/services']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response.headers(), path);
      expect(response.headers()['access-control-allow-origin'], path).toBe('*');
    }
  });
});

test.describe('malformed requests: a 4xx with the security headers', () => {
  async function expectRefused(response: APIResponse, status: number, label: string) {
    expect(response.status(), label).toBe(status);
    expectSecurityHeaders(response.headers(), label);
  }

  test('methods the site has no use for → 405 with Allow', async ({ request }) => {
    for (const method of ['TRACE', 'TRACK', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      for (const path of ['/', '/api/v1/measures', '/admin']) {
        const response = await request.fetch(path, { method });
        await expectRefused(response, 405, `${method} ${path}`);
        expect(response.headers()['allow']).toBe('GET, HEAD, POST, OPTIONS');
      }
    }
  });

  test('broken percent-encoding anywhere in the path → 400', async ({ request }) => {
    for (const path of ['/api/v1/measures/%', '/api/v1/measures/%zz', '/api/hsds/services/%E0%A4%A', '/_next/%zz', '/_next/static/%', '/_next/image?url=%zz', '/tiltak/%E2%82', '/nn/%']) {
      const response = await request.get(path);
      // /_next/image?url=%zz has a valid path: Next.js answers it (4xx) itself.
      if (path.includes('?')) expect(response.status(), path).toBeLessThan(500);
      else await expectRefused(response, 400, path);
    }
  });

  test('an oversized form or action post → 413, declared or chunked', async ({ request, baseURL }) => {
    const big = 'a'.repeat(1024 * 1024 + 10);
    const declared = await request.post('/admin/logg-inn', { form: { text: big } });
    await expectRefused(declared, 413, 'form post with Content-Length');
    const action = await request.post('/', { headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain' }, data: big });
    await expectRefused(action, 413, 'action post with Content-Length');
    // A chunked body has no Content-Length: counted as it arrives.
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 24) controller.enqueue(new TextEncoder().encode('a'.repeat(64 * 1024)));
        else controller.close();
      },
    });
    const chunked = await fetch(new URL('/admin/logg-inn', baseURL), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    // The server is still healthy.
    expect((await request.get('/tiltak')).status()).toBe(200);
  });
});
