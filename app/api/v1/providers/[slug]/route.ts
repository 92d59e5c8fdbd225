import { getOpenProvider, listProviderOpenMeasures } from '@/lib/data/open-data';
import { guarded, jsonResponse, notFound, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { measureSummaryJson, providerJson } from '@/lib/open-data/v1';
import { parseNoParams } from '@/lib/validation/api-query';

// One provider with the short form of its published measures.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return guarded('provider', async () => {
    const parsed = parsedOr400(parseNoParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const provider = await getOpenProvider({ slug: (await params).slug });
    if (!provider) return notFound('Provider');
    const measures = await listProviderOpenMeasures(provider.id);
    return jsonResponse(request, {
      data: { ...providerJson(provider, siteUrls), measures: measures.map((m) => measureSummaryJson(m, siteUrls)) },
    });
  });
}
