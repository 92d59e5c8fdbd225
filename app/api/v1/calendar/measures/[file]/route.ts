import { calendarFile, calendarResponse } from '@/lib/calendar/feed';
import { hasWeeklyHours } from '@/lib/calendar/plan';
import { getCalendarMeasure } from '@/lib/data/calendar';
import { guarded, notFound, parsedOr400 } from '@/lib/open-data/http';
import { parseCalendarMeasureParams } from '@/lib/validation/api-query';

// One measure's weekly hours as a calendar (README, "Calendar feeds"): /api/v1/calendar/measures/<slug>.ics.
// A measure without known weekly hours has no feed (404), as its page offers none.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return guarded('calendar measure', async () => {
    const parsed = parsedOr400(parseCalendarMeasureParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const { lang } = parsed.value;
    const slug = /^(.+)\.ics$/.exec((await params).file)?.[1];
    const measure = slug ? await getCalendarMeasure(slug, lang) : null;
    if (!measure || !hasWeeklyHours(measure)) return notFound('Measure with weekly opening hours');
    const text = calendarFile([measure], lang, { kind: 'measure', name: measure.localName });
    return calendarResponse(request, text, { filename: `${measure.slug}.ics`, lastModified: new Date(measure.updatedAt) });
  });
}
