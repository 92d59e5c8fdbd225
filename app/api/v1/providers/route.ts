import { listOpenProviders } from '@/lib/data/open-data';
import { guarded, jsonResponse, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { pageMeta, providerJson } from '@/lib/open-data/v1';
import { parsePagingParams } from '@/lib/validation/api-query';

// Providers with at least one published measure, by name.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('providers', async () => {
    const search = new URL(request.url).searchParams;
    const parsed = parsedOr400(parsePagingParams(search));
    if ('response' in parsed) return parsed.response;
    const { page, perPage } = parsed.value;
    const result = await listOpenProviders(parsed.value);
    return jsonResponse(request, {
      data: result.items.map((p) => providerJson(p, siteUrls)),
      ...pageMeta(result.total, page, perPage, '/api/v1/providers', search, siteUrls),
    });
  });
}
