import { getOpenProvider, listProviderOpenMeasures } from '@/lib/data/open-data';
import { hsdsOrganization, hsdsService } from '@/lib/open-data/hsds';
import { guarded, jsonResponse, notFound, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { parseNoParams } from '@/lib/validation/api-query';

// HSDS 3 `GET /organizations/{id}`: one organization with its services.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded('hsds organization', async () => {
    const parsed = parsedOr400(parseNoParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const provider = await getOpenProvider({ id: (await params).id });
    if (!provider) return notFound('Organization');
    const measures = await listProviderOpenMeasures(provider.id);
    return jsonResponse(request, {
      ...hsdsOrganization(provider),
      services: measures.map((m) => hsdsService(m, siteUrls.measurePage(m.slug).nb)),
    });
  });
}
