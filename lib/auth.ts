// Sign-in for the admin area, with Better Auth. getAuth() builds the instance on first use,
// so importing this module never opens the database (nor needs AUTH_SECRET) at build time.
// createAuth() takes the Prisma client explicitly so tests can pass their own database.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware, getSessionFromCtx } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { admin, genericOAuth, twoFactor } from 'better-auth/plugins';
import { defaultAc } from 'better-auth/plugins/admin/access';
import { getPrisma } from './db';
import { env } from './env';
import type { PrismaClient } from './generated/prisma/client';
import { CLIENT_IP_HEADER } from './http/client-ip';
import { admitSignInAttempt, settleSignInAttempt } from './auth/account-lock-hooks';
import { logMailFailure, sendResetPasswordMail } from './auth/mail';
import { hashedRateLimitStorage, perClientRules } from './auth/rate-limit';
import { applySsoTwoFactorRule, isTrustedSsoSession } from './auth/sso';
import { refuseReusedTotp, rememberUsedTotp, type HookContext } from './auth/totp-replay';
import {
  authSettingsFromEnv,
  COOKIE_PREFIX,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type AuthSettings,
} from './auth/settings';

export const APP_NAME = 'Ettervern Bergen';
export const OIDC_PROVIDER_ID = 'oidc';

// Better Auth's admin plugin (user management, bans) knows our three roles. Only admins
// may manage users; nobody may impersonate, so the audit log always names the real person.
const adminRole = defaultAc.newRole({
  user: ['create', 'list', 'set-role', 'ban', 'delete', 'set-password', 'set-email', 'get', 'update'],
  session: ['list', 'revoke', 'delete'],
});
const noUserManagement = defaultAc.newRole({ user: [], session: [] });

/**
 * Better Auth's own /admin/* endpoints, like the admin pages, need an admin with 2FA on (or,
 * with OIDC_TRUSTED_MFA, a session from the identity provider).
 */
async function requireTwoFactorForAdminEndpoints(ctx: HookContext, trustSsoMfa: boolean) {
  if (!ctx.path.startsWith('/admin/')) return;
  const session = await getSessionFromCtx(ctx);
  if (!session || (session.user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled) return;
  if (trustSsoMfa && (await isTrustedSsoSession(ctx.context.internalAdapter, session.session))) return;
  throw new APIError('FORBIDDEN', { message: 'Two-factor sign-in must be turned on first.' });
}

/** Admins must keep two-step sign-in: refused here too, not only on the account page. */
async function refuseDisablingTwoFactorForAdmins(ctx: HookContext) {
  if (ctx.path !== '/two-factor/disable') return;
  const session = await getSessionFromCtx(ctx);
  if (session && (session.user as { role?: string | null }).role === 'admin') {
    throw new APIError('FORBIDDEN', { message: 'Admins must keep two-factor sign-in on.' });
  }
}

export function createAuth(prisma: PrismaClient, settings: AuthSettings) {
  const { session, oidc } = settings;
  const accountLock = { prisma, secret: settings.secret, policy: settings.accountLock, mail: settings.mail };
  return betterAuth({
    appName: APP_NAME,
    baseURL: settings.baseURL,
    basePath: '/api/auth',
    secret: settings.secret,
    trustedOrigins: settings.trustedOrigins,
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by admins (npm run admin:create), never by visitors.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: 3600,
      revokeSessionsOnPasswordReset: true,
      // Not awaited, so the response time does not tell whether the address exists.
      sendResetPassword: async ({ user, url }) => {
        void sendResetPasswordMail(settings.mail, { to: user.email, name: user.name, url }).catch((error) => logMailFailure('password reset', error));
      },
    },
    session: {
      expiresIn: session.idleSeconds,
      updateAge: session.updateAgeSeconds,
      // The guard slides the expiry (capped at the absolute time-out), also while pages
      // render, where Better Auth itself may not refresh.
      disableSessionRefresh: true,
    },
    user: {
      additionalFields: {
        providerId: { type: 'string', required: false, input: false },
      },
    },
    account: {
      // A person made with admin:create may also sign in through the organisation's
      // identity provider with the same address.
      accountLinking: { enabled: true, trustedProviders: oidc ? [OIDC_PROVIDER_ID] : [] },
    },
    rateLimit: {
      enabled: true,
      // In the database, so every server instance counts the same attempts; keyed by a
      // hash of the address, never the address itself.
      customStorage: hashedRateLimitStorage(prisma, settings.secret),
      window: 60,
      max: 100,
      customRules: perClientRules({
        '/sign-in/email': settings.signInRateLimit,
        '/request-password-reset': { window: 900, max: 5 },
        '/reset-password': { window: 900, max: 10 },
      }),
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // Only the address server.ts resolved from the socket (lib/http/client-ip.ts): a
      // forwarding header a client sends is never read here.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await requireTwoFactorForAdminEndpoints(ctx, !!oidc?.trustedMfa);
        await refuseDisablingTwoFactorForAdmins(ctx);
        await refuseReusedTotp(ctx);
        await admitSignInAttempt(ctx, accountLock);
      }),
      after: createAuthMiddleware(async (ctx) => {
        await rememberUsedTotp(ctx);
        await settleSignInAttempt(ctx, accountLock);
        if (oidc) {
          await applySsoTwoFactorRule(ctx, {
            providerId: OIDC_PROVIDER_ID,
            trustedMfa: oidc.trustedMfa,
            absoluteSeconds: session.absoluteSeconds,
          });
        }
      }),
    },
    plugins: [
      // Its own lockout is off: failed codes count on the account's one counter instead
      // (lib/auth/account-lock.ts), which the holder is told of and an admin can lift.
      twoFactor({ issuer: APP_NAME, allowPasswordless: true, accountLockout: { enabled: false } }),
      admin({
        defaultRole: 'editor',
        adminRoles: ['admin'],
        roles: { admin: adminRole, editor: noUserManagement, provider: noUserManagement },
      }),
      ...(oidc
        ? [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  discoveryUrl: oidc.discoveryUrl,
                  clientId: oidc.clientId,
                  clientSecret: oidc.clientSecret,
                  scopes: ['openid', 'email', 'profile'],
                  pkce: true,
                  // Only people who already have an account here may sign in this way.
                  disableImplicitSignUp: true,
                  disableSignUp: true,
                },
              ],
            }),
          ]
        : []),
      // Last, so cookies set by auth.api calls in server actions reach the browser.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { ettervernAuth?: { auth: Auth; settings: AuthSettings } };

function instance() {
  if (!globalForAuth.ettervernAuth) {
    const settings = authSettingsFromEnv(env);
    globalForAuth.ettervernAuth = { auth: createAuth(getPrisma(), settings), settings };
  }
  return globalForAuth.ettervernAuth;
}

/** The app's Better Auth instance, created (and the database opened) on first use. */
export function getAuth(): Auth {
  return instance().auth;
}

export function getAuthSettings(): AuthSettings {
  return instance().settings;
}
