// The one authorization check for the admin area. Every admin page, server action and
// route handler calls requireActor / actorForRequest itself: the proxy never authorizes.
import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { cache } from 'react';
import { getAuth, getAuthSettings } from '../auth';
import { ADMIN_ACCOUNT_PATH, ADMIN_SIGN_IN_PATH, adminPath } from './paths';
import { resolveActor, type Actor, type Role } from './session';

export type { Actor, Role } from './session';

function actorFromHeaders(requestHeaders: Headers) {
  const settings = getAuthSettings();
  return resolveActor(getAuth(), requestHeaders, { ...settings.session, trustSsoMfa: !!settings.oidc?.trustedMfa });
}

/** Once per request, however many components ask (the layout and the page both do). */
const actorForThisRequest = cache(async () => actorFromHeaders(await headers()));

/**
 * For pages and server actions: anonymous → redirect to the localized sign-in page;
 * wrong role → notFound(); admins without 2FA → redirect to the account page.
 * `allowMissingTwoFactor` is for the account page itself, where 2FA is set up.
 */
export async function requireActor(
  roles: readonly Role[],
  options: { allowMissingTwoFactor?: boolean } = {},
): Promise<Actor> {
  const result = await actorForThisRequest();
  if (!result) redirect(adminPath(await getLocale(), ADMIN_SIGN_IN_PATH));
  const { actor, needsTwoFactorSetup } = result;
  if (!roles.includes(actor.role) || (actor.role === 'provider' && !actor.providerId)) notFound();
  if (needsTwoFactorSetup && !options.allowMissingTwoFactor) {
    redirect(adminPath(await getLocale(), ADMIN_ACCOUNT_PATH));
  }
  return actor;
}

/** For route handlers: returns the Actor, or a 401/403 Response to return as is. */
export async function actorForRequest(request: Request, roles: readonly Role[]): Promise<Actor | Response> {
  const result = await actorFromHeaders(request.headers);
  const noStore = { 'Cache-Control': 'no-store' };
  if (!result) return Response.json({ error: 'unauthorized' }, { status: 401, headers: noStore });
  const { actor, needsTwoFactorSetup } = result;
  if (
    !roles.includes(actor.role) ||
    (actor.role === 'provider' && !actor.providerId) ||
    needsTwoFactorSetup
  ) {
    return Response.json({ error: 'forbidden' }, { status: 403, headers: noStore });
  }
  return actor;
}

/** Whether the signed-in person is an admin who must turn on two-step sign-in first. */
export async function needsTwoFactorSetup(): Promise<boolean> {
  return (await actorForThisRequest())?.needsTwoFactorSetup ?? false;
}

/** The signed-in person, or null; never redirects (for headers, menus, the sign-in page). */
export async function currentActor(): Promise<Actor | null> {
  return (await actorForThisRequest())?.actor ?? null;
}
