// The calendar feeds' route handlers on the demo catalogue, against PGlite and PostgreSQL:
// what each feed holds, its validators (ETag, Last-Modified, 304), that an editor's
// publishing changes it, and clear 400/404 answers to bad requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as listRoute } from '@/app/api/v1/calendar/list.ics/route';
import { GET as measureRoute } from '@/app/api/v1/calendar/measures/[file]/route';
import { GET as searchRoute } from '@/app/api/v1/calendar/search.ics/route';
import { parseCatalogueQuery } from '@/lib/catalogue/query';
import { searchCatalogue } from '@/lib/data/catalogue';
import type { Database } from '@/lib/db/connection';
import { seedDemoData } from '@/lib/db/seed';
import { createMeasure, setMeasureStatus, updateMeasure } from '@/lib/services/measures';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { parseFeed } from '../helpers/ical';
import { asUpdate, createActors, measureInput } from './admin-fixtures';

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
async function call(handler: Handler, path: string, params: Record<string, string> = {}, headers: HeadersInit = {}) {
  const response = await handler(new Request(`http://localhost:3000${path}`, { headers }), { params: Promise.resolve(params) as Promise<never> });
  return { response, text: await response.text() };
}
const measure = (slug: string, query = '', headers: HeadersInit = {}) =>
  call(measureRoute as Handler, `/api/v1/calendar/measures/${slug}.ics${query}`, { file: `${slug}.ics` }, headers);

/** The measures (slugs) a feed holds, from its events' links. */
const slugsIn = (text: string) =>
  new Set(parseFeed(text).events.map((e) => /\/(?:tiltak|measures)\/([a-z0-9-]+)$/.exec(String(e.getFirstPropertyValue('url')))![1]!));

const ok = <T,>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r.value;
};

describe.each(databaseKinds)('calendar feeds on $kind', ({ create }) => {
  let db: TestDatabase;
  const globals = globalThis as unknown as { ettervernDb?: Database };
  let actors: Awaited<ReturnType<typeof createActors>>;
  let providerId: string;
  const raw = {
    name: 'Kveldskafé i Åsane',
    districts: ['ASANE'],
    openingHours: [
      { weekday: '2', opensAt: '18:00', closesAt: '21:00' },
      { weekday: '6', opensAt: '22:00', closesAt: '02:00', overnight: 'on' },
    ],
    exceptions: [{ startDate: '2027-12-24', endDate: '2027-12-26', closed: 'on' }],
    locations: [{ name: 'Åsane kulturhus', address: 'Åsane senter 52', postcode: '5116', city: 'Ulset', district: 'ASANE' }],
  };
  const input = () => measureInput(providerId, raw);
  let cafe: { id: string; slug: string; version: number };

  beforeAll(async () => {
    db = await create();
    await seedDemoData(db.prisma);
    globals.ettervernDb = db;
    providerId = (await db.prisma.provider.findFirstOrThrow({ orderBy: { slug: 'asc' } })).id;
    actors = await createActors(db.prisma, providerId);
    cafe = ok(await createMeasure(db.prisma, actors.editor, input()));
  });
  afterAll(async () => {
    delete globals.ettervernDb;
    await db?.close();
  });

  it('has no feed for a draft; publishing makes one with the measure\'s name, place, link and hours', async () => {
    expect((await measure(cafe.slug)).response.status).toBe(404);
    cafe = ok(await setMeasureStatus(db.prisma, actors.editor, cafe.id, { status: 'PUBLISHED', version: cafe.version }));

    const { response, text } = await measure(cafe.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${cafe.slug}.ics"`);
    const feed = parseFeed(text);
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kveldskafé i Åsane – Ettervern Bergen');
    const [weekly] = feed.events;
    expect(weekly!.getFirstPropertyValue('summary')).toBe('Kveldskafé i Åsane');
    expect(weekly!.getFirstPropertyValue('location')).toBe('Åsane kulturhus, Åsane senter 52, 5116 Ulset');
    expect(String(weekly!.getFirstPropertyValue('url'))).toMatch(new RegExp(`/tiltak/${cafe.slug}$`));
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA');
    expect(text).toContain('EXDATE;TZID=Europe/Oslo:20271225T220000');
    expect(feed.occurrences('2027-12-20', '2027-12-26').map((o) => o.start)).toEqual(['2027-12-21 18:00']);

    // In English: the English page and texts.
    const english = await measure(cafe.slug, '?lang=en');
    expect(english.text).toContain('/en/measures/');
    expect(english.text).toContain('X-WR-CALDESC:Opening hours from Ettervern Bergen');
  });

  it('answers 304 to a client that has the current feed, and changes when an editor publishes a change', async () => {
    const first = await measure(cafe.slug);
    const etag = first.response.headers.get('etag')!;
    const lastModified = first.response.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();
    expect((await measure(cafe.slug, '', { 'If-None-Match': etag })).response.status).toBe(304);
    expect((await measure(cafe.slug, '', { 'If-Modified-Since': lastModified })).response.status).toBe(304);
    const list = await call(listRoute as Handler, `/api/v1/calendar/list.ics?list=${cafe.slug}`);
    const listEtag = list.response.headers.get('etag')!;

    // Wait a second: Last-Modified counts whole seconds.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const update = asUpdate(input(), cafe.slug, cafe.version, {
      ...raw,
      exceptions: [{ startDate: '2027-12-24', endDate: '2027-12-26', closed: 'on' }, { startDate: '2027-12-31', endDate: '2027-12-31', opensAt: '12:00', closesAt: '15:00' }],
    });
    const saved = ok(await updateMeasure(db.prisma, actors.editor, cafe.id, update));
    expect(saved).toMatchObject({ kind: 'updated' });
    cafe = { ...cafe, version: cafe.version + 1 };

    const second = await measure(cafe.slug, '', { 'If-None-Match': etag });
    expect(second.response.status).toBe(200);
    expect(second.response.headers.get('etag')).not.toBe(etag);
    expect(new Date(second.response.headers.get('last-modified')!).getTime()).toBeGreaterThan(new Date(lastModified).getTime());
    expect((await measure(cafe.slug, '', { 'If-Modified-Since': lastModified })).response.status).toBe(200);
    expect(parseFeed(second.text).occurrences('2027-12-31', '2027-12-31').map((o) => `${o.start}–${o.end}`)).toEqual(['2027-12-31 12:00–2027-12-31 15:00']);
    const listAgain = await call(listRoute as Handler, `/api/v1/calendar/list.ics?list=${cafe.slug}`, {}, { 'If-None-Match': listEtag });
    expect(listAgain.response.status).toBe(200);

    // Unpublished, it leaves the list's feed and has none of its own.
    ok(await setMeasureStatus(db.prisma, actors.editor, cafe.id, { status: 'ARCHIVED', version: cafe.version }));
    expect((await measure(cafe.slug)).response.status).toBe(404);
    const listAfter = await call(listRoute as Handler, `/api/v1/calendar/list.ics?list=${cafe.slug}`, {}, { 'If-None-Match': listAgain.response.headers.get('etag')! });
    expect(listAfter.response.status).toBe(200);
    expect(slugsIn(listAfter.text).size).toBe(0);
    const restored = await db.prisma.measure.update({ where: { id: cafe.id }, data: { status: 'PUBLISHED' }, select: { version: true } });
    cafe = { ...cafe, version: restored.version };
  });

  it('a search feed holds the search\'s measures that have weekly hours, in one calendar', async () => {
    for (const qs of ['district=asane&evening=1', 'kind=activity', 'q=kafé']) {
      const { response, text } = await call(searchRoute as Handler, `/api/v1/calendar/search.ics?${qs}`);
      expect(response.status, qs).toBe(200);
      const found = await searchCatalogue({ ...parseCatalogueQuery(new URLSearchParams(qs)).query, page: 1 }, new Date(), db.prisma, 100);
      const withHours = await db.prisma.measure.findMany({
        where: { id: { in: found.items.map((i) => i.id) }, hoursStatus: 'REGULAR', openingHours: { some: {} } },
        select: { slug: true },
      });
      expect(slugsIn(text), qs).toEqual(new Set(withHours.map((m) => m.slug)));
    }
    expect(slugsIn((await call(searchRoute as Handler, '/api/v1/calendar/search.ics?district=asane&evening=1')).text).has(cafe.slug)).toBe(true);
  });

  it('a list feed holds the list\'s published measures with weekly hours', async () => {
    const demo = await db.prisma.measure.findMany({
      where: { status: 'PUBLISHED', hoursStatus: 'REGULAR', openingHours: { some: {} }, id: { not: cafe.id } },
      select: { slug: true },
      take: 2,
      orderBy: { slug: 'asc' },
    });
    const noHours = await db.prisma.measure.findFirstOrThrow({ where: { status: 'PUBLISHED', hoursStatus: 'UNKNOWN' }, select: { slug: true } });
    const list = [cafe.slug, ...demo.map((m) => m.slug), noHours.slug, 'finnes-ikke'].join(',');
    const { response, text } = await call(listRoute as Handler, `/api/v1/calendar/list.ics?list=${list}&lang=nn`);
    expect(response.status).toBe(200);
    expect(slugsIn(text)).toEqual(new Set([cafe.slug, ...demo.map((m) => m.slug)]));
    expect(parseFeed(text).calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mi liste – Ettervern Bergen');
  });

  it('answers bad requests with 400 or 404 and a clear message, never 500', async () => {
    const noHours = await db.prisma.measure.findFirstOrThrow({ where: { status: 'PUBLISHED', hoursStatus: 'UNKNOWN' }, select: { slug: true } });
    const cases: [Promise<{ response: Response; text: string }>, number, string][] = [
      [measure('finnes-ikke'), 404, 'Measure with weekly opening hours not found.'],
      [measure(noHours.slug), 404, 'Measure with weekly opening hours not found.'],
      [call(measureRoute as Handler, `/api/v1/calendar/measures/${cafe.slug}`, { file: cafe.slug }), 404, 'not found'],
      [call(measureRoute as Handler, '/api/v1/calendar/measures/..%2F.ics', { file: '../.ics' }), 404, 'not found'],
      [measure(cafe.slug, '?lang=de'), 400, 'lang'],
      [measure(cafe.slug, '?download=1'), 400, 'download'],
      [call(searchRoute as Handler, '/api/v1/calendar/search.ics?district=mars'), 400, 'district'],
      [call(searchRoute as Handler, '/api/v1/calendar/search.ics?page=2'), 400, 'page'],
      [call(listRoute as Handler, '/api/v1/calendar/list.ics'), 400, 'list'],
      [call(listRoute as Handler, '/api/v1/calendar/list.ics?list=Ikke%20en%20slug'), 400, 'list'],
      [call(listRoute as Handler, `/api/v1/calendar/list.ics?list=${Array.from({ length: 31 }, (_, i) => `t${i}`).join(',')}`), 400, 'at most 30'],
    ];
    for (const [pending, status, message] of cases) {
      const { response, text } = await pending;
      expect(response.status, text).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(text).toContain(message);
    }
  });
});
