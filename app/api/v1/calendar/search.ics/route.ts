import { calendarFile, calendarResponse } from '@/lib/calendar/feed';
import { latestMeasureChange, searchCalendarMeasures } from '@/lib/data/calendar';
import { guarded, parsedOr400 } from '@/lib/open-data/http';
import { parseCalendarSearchParams } from '@/lib/validation/api-query';

// A catalogue search as one calendar (README, "Calendar feeds"): the catalogue's own query
// string, its first MAX_CALENDAR_MEASURES results, those with weekly hours. Bad filters are a 400.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('calendar search', async () => {
    const parsed = parsedOr400(parseCalendarSearchParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const { query, lang } = parsed.value;
    const [measures, lastModified] = await Promise.all([searchCalendarMeasures(query, lang), latestMeasureChange()]);
    return calendarResponse(request, calendarFile(measures, lang, { kind: 'search' }), { filename: 'ettervern-search.ics', lastModified });
  });
}
