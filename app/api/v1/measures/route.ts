import { searchOpenMeasures } from '@/lib/data/open-data';
import { guarded, jsonResponse, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { measureJson, pageMeta } from '@/lib/open-data/v1';
import { parseMeasureListParams } from '@/lib/validation/api-query';

// Published measures, filtered and ordered as the catalogue page does with the same
// query string (see README, "Open data API"); bad parameters get a 400 naming them.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('measures', async () => {
    const search = new URL(request.url).searchParams;
    const parsed = parsedOr400(parseMeasureListParams(search));
    if ('response' in parsed) return parsed.response;
    const { page, perPage, query } = parsed.value;
    // Only with `near`: km to the nearest confirmed location, null when unknown.
    const distance = (m: { distanceKm: number | null }) => (query.near ? { distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10 } : {});
    const result = await searchOpenMeasures(parsed.value);
    return jsonResponse(request, {
      data: result.items.map((m) => ({ ...measureJson(m, siteUrls), match: m.match, unknownFacts: m.unknownFacts, ...distance(m) })),
      ...pageMeta(result.total, page, perPage, '/api/v1/measures', search, siteUrls),
    });
  });
}
