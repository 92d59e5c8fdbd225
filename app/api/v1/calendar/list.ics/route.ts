import { calendarFile, calendarResponse } from '@/lib/calendar/feed';
import { latestMeasureChange, listCalendarMeasures } from '@/lib/data/calendar';
import { guarded, parsedOr400 } from '@/lib/open-data/http';
import { parseCalendarListParams } from '@/lib/validation/api-query';

// "Min liste" as one calendar (README, "Calendar feeds"): ?list=a,b,c as on the list page.
// Measures that are no longer published are left out, as the list page does.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('calendar list', async () => {
    const parsed = parsedOr400(parseCalendarListParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const { slugs, lang } = parsed.value;
    const [measures, lastModified] = await Promise.all([listCalendarMeasures(slugs, lang), latestMeasureChange()]);
    return calendarResponse(request, calendarFile(measures, lang, { kind: 'list' }), { filename: 'ettervern-list.ics', lastModified });
  });
}
