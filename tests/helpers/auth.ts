// Sign-in settings for integration tests: a fixed secret, plain cookies, no mail or SSO.
import type { AuthSettings } from '@/lib/auth/settings';

export const TEST_ORIGIN = 'http://localhost:3000';

export function testSettings(overrides: Partial<AuthSettings> = {}): AuthSettings {
  return {
    secret: 'integration-test-secret-that-is-long-enough',
    baseURL: TEST_ORIGIN,
    trustedOrigins: [TEST_ORIGIN],
    secureCookies: false,
    session: { idleSeconds: 3600, updateAgeSeconds: 60, absoluteSeconds: 4 * 3600 },
    signInRateLimit: { window: 900, max: 5 },
    accountLock: { maxFailures: 10, lockMinutes: 15 },
    oidc: null,
    mail: null,
    ...overrides,
  };
}

