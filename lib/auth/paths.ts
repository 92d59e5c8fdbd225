// Admin paths are the same in every language (/admin/…); only the locale prefix differs,
// as elsewhere on the site: none for Bokmål, /nn and /en for the others.
import { defaultLocale } from '../i18n/routing';

export const ADMIN_SIGN_IN_PATH = '/admin/logg-inn';
export const ADMIN_ACCOUNT_PATH = '/admin/konto';
export const ADMIN_HOME_PATH = '/admin';

export function adminPath(locale: string, path: string): string {
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/**
 * The sign-in page's code step, in the language of the SSO sign-in's return address
 * (`/nn/admin` → `/nn/admin/logg-inn?steg=kode`), for a TOTP code after single sign-on.
 */
export function ssoCodeStepPath(returnLocation: string | null): string {
  let pathname = '';
  try {
    pathname = new URL(returnLocation ?? '/', 'http://x').pathname;
  } catch {
    pathname = '';
  }
  const locale = /^\/(nb|nn|en)\//.exec(pathname)?.[1] ?? defaultLocale;
  return `${adminPath(locale, ADMIN_SIGN_IN_PATH)}?steg=kode`;
}

/** Whether a request path (with or without a locale prefix) is in the admin area. */
export function isAdminPath(pathname: string): boolean {
  return /^\/(?:(?:nb|nn|en)\/)?admin(?:\/|$)/.test(pathname);
}
