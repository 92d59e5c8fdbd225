import { listOpenMeasures } from '@/lib/data/open-data';
import { hsdsPage, hsdsService } from '@/lib/open-data/hsds';
import { guarded, jsonResponse, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { parsePagingParams } from '@/lib/validation/api-query';

// HSDS 3 `GET /services`: published measures as services, a page at a time.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('hsds services', async () => {
    const parsed = parsedOr400(parsePagingParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const { page, perPage } = parsed.value;
    const result = await listOpenMeasures(parsed.value);
    const services = result.items.map((m) => hsdsService(m, siteUrls.measurePage(m.slug).nb));
    return jsonResponse(request, hsdsPage(services, result.total, page, perPage));
  });
}
