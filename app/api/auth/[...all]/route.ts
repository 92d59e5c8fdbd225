// Better Auth's endpoints (/api/auth/*): sign-in, sign-out, two-factor, password reset,
// single sign-on. The instance (and the database) is created on the first request.
import { getAuth } from '@/lib/auth';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return getAuth().handler(request);
}

export function POST(request: Request): Promise<Response> {
  return getAuth().handler(request);
}
