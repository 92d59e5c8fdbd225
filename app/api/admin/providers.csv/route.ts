import { exportProvidersCsv } from '@/lib/admin/provider-csv';
import { EDITORS } from '@/lib/services/types';
import { actorForRequest } from '@/lib/auth/guard';
import { getPrisma } from '@/lib/db';
import { osloDate } from '@/lib/domain/oslo-date';

// Every provider as CSV: UTF-8 with a byte order mark, semicolon-separated
// (what Norwegian Excel expects), columns as documented in lib/admin/provider-csv.ts.
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const actor = await actorForRequest(request, EDITORS);
  if (actor instanceof Response) return actor;
  const csv = await exportProvidersCsv(getPrisma(), actor);
  if (csv === null) return Response.json({ error: 'forbidden' }, { status: 403 });
  const date = osloDate();
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tilbydere-${date}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
