// The page a visitor gets when the app fails to render one (a 5xx), written by the server
// entry instead of the app's error boundary, which needs JavaScript to show anything.
// Complete on its own: no scripts, no stylesheet to fetch, texts from messages/*.json.
import { createTranslator } from 'use-intl/core';
import en from '../../messages/en.json';
import nb from '../../messages/nb.json';
import nn from '../../messages/nn.json';

const MESSAGES = { nb, nn, en } as const;
type Locale = keyof typeof MESSAGES;

/** The page's language from its path: /nn/… and /en/… have a prefix, Bokmål has none. */
export function localeOfPath(pathname: string): Locale {
  const prefix = /^\/(nn|en)(?:\/|$)/.exec(pathname)?.[1];
  return (prefix as Locale | undefined) ?? 'nb';
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for a request (its path and query as sent: req.url). */
export function serverErrorPage(requestUrl: string): string {
  // Only a path on this site may be the "try again" link.
  const again = requestUrl.startsWith('/') && !requestUrl.startsWith('//') ? requestUrl : '/';
  const locale = localeOfPath(again.split('?')[0]!);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'ServerError' });
  const home = locale === 'nb' ? '/' : `/${locale}`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t('title'))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b5394}</style>
</head>
<body>
<main>
<h1>${escape(t('title'))}</h1>
<p>${escape(t('body'))}</p>
<p><a href="${escape(again)}">${escape(t('retry'))}</a> · <a href="${home}">${escape(t('home'))}</a></p>
</main>
</body>
</html>
`;
}
