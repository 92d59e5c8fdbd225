import { getOpenMeasure, getOpenProvider } from '@/lib/data/open-data';
import { hsdsOrganization, hsdsService } from '@/lib/open-data/hsds';
import { guarded, jsonResponse, notFound, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { parseNoParams } from '@/lib/validation/api-query';

// HSDS 3 `GET /services/{id}`: one service with its organization.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded('hsds service', async () => {
    const parsed = parsedOr400(parseNoParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const measure = await getOpenMeasure({ id: (await params).id });
    if (!measure) return notFound('Service');
    const provider = await getOpenProvider({ id: measure.provider.id });
    const service = hsdsService(measure, siteUrls.measurePage(measure.slug).nb);
    return jsonResponse(request, provider ? { ...service, organization: hsdsOrganization(provider) } : service);
  });
}
