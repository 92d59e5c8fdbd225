import 'server-only';
import { createHash } from 'node:crypto';
import { createTranslator } from 'use-intl/core';
import type { CalendarRecord } from '@/lib/data/calendar';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { CACHE_CONTROL, siteUrls } from '@/lib/open-data/http';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import nn from '@/messages/nn.json';
import { writeCalendar, type CalendarMeasure } from './ics';
import { hasWeeklyHours } from './plan';

// A calendar feed as an HTTP response: the measures' events in the feed's language, with
// validators so calendar apps that poll a subscription mostly get a bodyless 304. The
// ETag is a hash of the file, which holds every hour, exception and text that can change;
// Last-Modified is the latest change the caller names (lib/data/calendar.ts).

const MESSAGES = { nb, nn, en } as const;

export type FeedKind = { kind: 'measure'; name: string } | { kind: 'search' } | { kind: 'list' };

function toCalendarMeasure(r: CalendarRecord, locale: Locale, unconfirmedPlace: (place: string) => string): CalendarMeasure {
  const place = r.places[0];
  return {
    slug: r.slug,
    name: r.localName,
    place: place ? (place.placeholder ? unconfirmedPlace(place.text) : place.text) : null,
    url: siteUrls.measurePage(r.slug)[locale],
    hoursStatus: r.hoursStatus,
    hoursPlaceholder: r.hoursPlaceholder,
    openingHours: r.openingHours,
    exceptions: r.exceptions,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

/** The iCalendar file of `records` (those without weekly hours are left out). */
export function calendarFile(records: CalendarRecord[], locale: Locale, feed: FeedKind, now = new Date()): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Calendar.feed' });
  const name = feed.kind === 'measure' ? t('measureName', { name: feed.name }) : feed.kind === 'search' ? t('searchName') : t('listName');
  const measures = records.filter(hasWeeklyHours).map((r) => toCalendarMeasure(r, locale, (place) => t('unconfirmedPlace', { place })));
  const texts = { name, description: t('description'), placeholder: t('placeholder'), specialHours: t('specialHours'), moreInfo: t('moreInfo') };
  return writeCalendar(measures, texts, { uidHost: new URL(env.SITE_URL ?? 'http://localhost').hostname, now });
}

const httpDate = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/** Whether the client's copy is current: If-None-Match decides when sent (RFC 9110 13.2.2), else If-Modified-Since. */
function notModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const match = request.headers.get('if-none-match');
  if (match !== null) return match.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag);
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return lastModified !== null && Number.isFinite(since) && httpDate(lastModified).getTime() <= since;
}

/** The feed as a response: 200 with the file, or 304 when the client has it. */
export function calendarResponse(request: Request, text: string, { filename, lastModified }: { filename: string; lastModified: Date | null }): Response {
  const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
  const headers: Record<string, string> = {
    'Content-Type': 'text/calendar; charset=utf-8',
    // A download link saves a file; calendar apps subscribing to the same address ignore it.
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': CACHE_CONTROL,
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
    ETag: etag,
    Vary: 'Accept-Encoding',
    ...(lastModified && { 'Last-Modified': httpDate(lastModified).toUTCString() }),
  };
  if (notModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}
