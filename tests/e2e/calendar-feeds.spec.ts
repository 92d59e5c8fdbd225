import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';

// "Legg i kalenderen" on the production build with the demo data: plain links on the
// measure page, the catalogue and "Min liste"; the files they lead to are calendars with
// the expected measures.

/** The section's two links: the subscription and the download of the same feed. */
async function calendarLinks(page: Page, names = { subscribe: 'Abonner i kalenderen din', download: 'Last ned (.ics)' }) {
  const section = page.getByRole('region', { name: /Legg i kalenderen|Add to your calendar/ });
  await expect(section).toBeVisible();
  const subscribe = await section.getByRole('link', { name: names.subscribe }).getAttribute('href');
  const download = await section.getByRole('link', { name: names.download }).getAttribute('href');
  expect(subscribe).toBe(download!.replace(/^https?:/, 'webcal:'));
  return download!;
}

/** The feed at `url` (on this server), checked to be a calendar. */
async function feed(request: APIRequestContext, url: string): Promise<string> {
  const { pathname, search } = new URL(url);
  const response = await request.get(`${pathname}${search}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['etag']).toBeTruthy();
  expect(response.headers()['set-cookie']).toBeUndefined();
  const text = await response.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo');
  return text;
}

test('a measure with weekly hours offers its calendar, which downloads as an .ics file', async ({ page, request }) => {
  await page.goto('/tiltak/mo-wergeland');
  const url = await calendarLinks(page);
  expect(new URL(url).pathname).toBe('/api/v1/calendar/measures/mo-wergeland.ics');
  await expectNoAxeViolations(page);

  const text = await feed(request, url);
  expect(text).toContain('SUMMARY:MO-senteret Wergeland');
  expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n/);
  expect(text).toMatch(/DTSTART;TZID=Europe\/Oslo:\d{8}T090000\r\nDTEND;TZID=Europe\/Oslo:\d{8}T150000/);
  expect(text).toMatch(/URL;VALUE=URI:https?:\/\/[^/]+\/tiltak\/mo-wergeland\r\n/);
  // The demo hours are placeholders: marked, not passed off as confirmed.
  expect(text).toContain('STATUS:TENTATIVE');
  expect(text).toContain('DESCRIPTION:Eksempeltider: ikke bekreftet av tilbyderen.');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('mo-wergeland.ics');
});

test('the English page links to the English feed', async ({ page, request }) => {
  await page.goto('/en/measures/mo-wergeland');
  const url = await calendarLinks(page, { subscribe: 'Subscribe in your calendar', download: 'Download (.ics)' });
  expect(new URL(url).search).toBe('?lang=en');
  expect(await feed(request, url)).toMatch(/URL;VALUE=URI:https?:\/\/[^/]+\/en\/measures\/mo-wergeland\r\n/);
});

test('a search and "Min liste" each offer one feed of their measures', async ({ page, request }) => {
  await page.goto('/tiltak?district=arstad&evening=1');
  const search = await feed(request, await calendarLinks(page));
  expect(search).toContain('X-WR-CALNAME:Søk – Ettervern Bergen');
  expect(search).toContain('/tiltak/mo-wergeland\r\n');
  await expectNoAxeViolations(page);

  await page.goto('/min-liste?list=mo-wergeland,dagsverket');
  const list = await feed(request, await calendarLinks(page));
  expect(list).toContain('X-WR-CALNAME:Min liste – Ettervern Bergen');
  expect(list).toContain('/tiltak/mo-wergeland\r\n');
  expect(list).toContain('/tiltak/dagsverket\r\n');
  await expectNoAxeViolations(page);
});
