import { getOpenMeasure } from '@/lib/data/open-data';
import { guarded, jsonResponse, notFound, parsedOr400, siteUrls } from '@/lib/open-data/http';
import { measureJson } from '@/lib/open-data/v1';
import { parseNoParams } from '@/lib/validation/api-query';

// One published measure with its hours, locations, provider and translations.
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return guarded('measure', async () => {
    const parsed = parsedOr400(parseNoParams(new URL(request.url).searchParams));
    if ('response' in parsed) return parsed.response;
    const measure = await getOpenMeasure({ slug: (await params).slug });
    if (!measure) return notFound('Measure');
    return jsonResponse(request, { data: measureJson(measure, siteUrls) });
  });
}
