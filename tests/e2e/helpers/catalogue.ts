import { expect, type Locator, type Page } from '@playwright/test';
import nb from '../../../messages/nb.json';

// Reading the catalogue page the way a visitor does: the result count in its status
// region, and the result cards (each an <article> with an h3 title, under the results' h2 headings).

export const PAGE_SIZE = 20;

export function statusRegion(page: Page): Locator {
  return page.getByRole('status');
}

/** The exact matches and those that may fit, from "3 treff og 9 som kan passe" / "12 treff for «x»" / "Ingen treff". */
export async function tierCounts(page: Page): Promise<{ exact: number; possible: number }> {
  const text = ((await statusRegion(page).textContent()) ?? '').trim();
  const possible = Number(text.match(/(\d+) (?:som kan passe|som kan passa|that may fit)$/)?.[1] ?? 0);
  if (/^(Ingen treff|No results)/.test(text)) return { exact: 0, possible };
  const match = text.match(/^(\d+)/);
  expect(match, `a result count in "${text}"`).not.toBeNull();
  return { exact: Number(match![1]), possible };
}

/** All results of the search, both tiers. */
export async function resultCount(page: Page): Promise<number> {
  const { exact, possible } = await tierCounts(page);
  return exact + possible;
}

export function resultCards(page: Page): Locator {
  return page.locator('main article');
}

/** The results that meet every chosen filter (listed first, without the "Kan passe" heading). */
export function exactCards(page: Page): Locator {
  return page.locator('main article:not(section[aria-labelledby="possible-heading"] article)');
}

/** The "Kan passe" section: results where some chosen fact is not given. */
export function possibleSection(page: Page): Locator {
  return page.getByRole('region', { name: /^Kan passe \(\d+\)$/ });
}

export function card(page: Page, name: string): Locator {
  return resultCards(page).filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

/** Titles of the results on the current page, in order. */
export async function resultTitles(page: Page): Promise<string[]> {
  return (await resultCards(page).locator('h3').allTextContents()).map((t) => t.trim());
}

/** Opens the catalogue with these search parameters and waits for the results. */
export async function openCatalogue(page: Page, params: Record<string, string | string[]> | string = {}) {
  const search =
    typeof params === 'string'
      ? params
      : new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString();
  const response = await page.goto(search ? `/tiltak?${search}` : '/tiltak');
  expect(response?.status()).toBe(200);
  await expect(statusRegion(page)).toBeVisible();
  return response!;
}

/** Every result of the current query, following "Neste side" through all pages. */
export async function allResultTitles(page: Page): Promise<string[]> {
  const titles = await resultTitles(page);
  for (let i = 0; i < 20; i++) {
    const next = page.getByRole('navigation', { name: 'Sider' }).getByRole('link', { name: /Neste/ });
    if ((await next.count()) === 0) break;
    await page.goto((await next.getAttribute('href'))!);
    titles.push(...(await resultTitles(page)));
  }
  return titles;
}

/** What a card should say for simple weekly windows, worked out from the clock in Oslo. */
export function expectedOpeningLine(weekly: { weekday: number; opensAt: number; closesAt: number }[], now: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const open = weekly.find((w) => w.weekday === weekday && w.opensAt <= minutes && minutes < w.closesAt);
  if (open) return `Åpent nå · stenger ${hhmm(open.closesAt)}`;
  for (let days = 0; days <= 7; days++) {
    const day = ((weekday - 1 + days) % 7) + 1;
    const next = weekly
      .filter((w) => w.weekday === day && (days > 0 || w.opensAt > minutes))
      .sort((a, b) => a.opensAt - b.opensAt)[0];
    if (!next) continue;
    if (days === 0) return `Åpner i dag ${hhmm(next.opensAt)}`;
    if (days === 1) return `Neste: i morgen ${hhmm(next.opensAt)}`;
    return `Neste: ${nb.Hours.weekday[String(day) as '1']} ${hhmm(next.opensAt)}`;
  }
  return 'Ingen åpningstider den neste uken';
}
