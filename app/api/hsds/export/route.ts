import { listOpenMeasures, listOpenProviders } from '@/lib/data/open-data';
import { hsdsExport } from '@/lib/open-data/hsds-export';
import { guarded, jsonResponse, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { parseNoParams } from '@/lib/validation/api-query';

// The whole published catalogue as one HSDS 3 document, one array per table.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return guarded('hsds export', async () => {
    const parsed = parsedOr400(parseNoParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const [measures, providers] = await Promise.all([listOpenMeasures(), listOpenProviders()]);
    return jsonResponse(request, hsdsExport(measures.items, providers.items, (slug) => siteUrls.measurePage(slug).nb));
  });
}
