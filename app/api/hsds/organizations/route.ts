import { listOpenProviders } from '@/lib/data/open-data';
import { hsdsOrganization, hsdsPage } from '@/lib/open-data/hsds';
import { guarded, jsonResponse, parsedOr400 } from '@/lib/open-data/http';
import { parsePagingParams } from '@/lib/validation/api-query';

// HSDS 3 `GET /organizations`: providers with a published measure, a page at a time.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('hsds organizations', async () => {
    const parsed = parsedOr400(parsePagingParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const { page, perPage } = parsed.value;
    const result = await listOpenProviders(parsed.value);
    return jsonResponse(request, hsdsPage(result.items.map(hsdsOrganization), result.total, page, perPage));
  });
}
