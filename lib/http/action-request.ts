// Server action posts that Next.js would fail on with a 500 before any action runs: a
// foreign or unreadable Origin, a body that is not multipart form data although it says
// so, and an argument list React cannot decode (not JSON, not a list, or pointing at parts
// that were never sent). The proxy answers these with a 4xx instead. What React's own
// client sends always passes; the actions check the decoded arguments themselves
// (lib/actions/safe-action.ts).

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

// As Next.js tells them apart (server/lib/server-action-request-meta): case and all.
const isMultipart = (type: string) => type.startsWith('multipart/form-data');
const URL_ENCODED = 'application/x-www-form-urlencoded';

/** Whether Next.js would treat the request as a server action (or try to). */
export function isActionPost(request: Request): boolean {
  if (request.method !== 'POST') return false;
  return request.headers.has('next-action') || isMultipart(request.headers.get('content-type') ?? '');
}

// React's reply format marks references with a leading "$". These need nothing else from
// the request: an escaped "$", undefined, numbers, dates, big integers and temporary
// references.
const SELF_CONTAINED = /^\$(\$|u|I|N|H|-|D|T|n\d{1,300}$)/;
// A reference to another part of the reply ("$1", "$@2", "$3:key:path"), or to the form
// data sent with it ("$K1"); only a multipart body has parts beyond the root, "0".
const PART = /^\$@?([0-9a-f]{1,8})(:|$)/;
const FORM = /^\$K[0-9a-f]{1,8}$/;

type Parts = { has(id: string): boolean; form: boolean };

function decodable(value: unknown, parts: Parts, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === 'string') {
    if (!value.startsWith('$') || SELF_CONTAINED.test(value)) return true;
    if (FORM.test(value)) return parts.form;
    const id = PART.exec(value)?.[1];
    return id !== undefined && parts.has(String(parseInt(id, 16)));
  }
  if (Array.isArray(value)) return value.every((v) => decodable(v, parts, depth + 1));
  if (typeof value === 'object' && value !== null) return Object.values(value).every((v) => decodable(v, parts, depth + 1));
  return true;
}

/** One part: JSON whose references all resolve within the request; the root is the argument list. */
function validModel(text: string, parts: Parts, root: boolean): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return (!root || Array.isArray(value)) && decodable(value, parts);
  } catch {
    return false;
  }
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return true; // Not a browser: Next.js lets it through, and so do we.
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A 4xx for a server action post Next.js could not handle, or null to let it through. */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (!isActionPost(request)) return null;
  if (!sameOrigin(request)) return plain(403, 'Cross-site request refused.');
  const type = request.headers.get('content-type') ?? '';
  const fetchAction = request.headers.has('next-action');
  if (request.headers.get('next-action') === '') return plain(400, 'Invalid server action id.');
  if (isMultipart(type)) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return plain(400, 'The form data could not be read.');
    }
    // A call from JavaScript carries its argument list in part "0", and outlined values in
    // parts "1", "2", …; a form without JavaScript carries a bound action's in
    // "$ACTION_1:0", "$ACTION_1:1", …. Each part is JSON, and may refer to the others.
    const models = new Map<string, string[]>();
    for (const key of new Set(form.keys())) {
      const match = /^(|\$ACTION_\d+:)(\d+)$/.exec(key);
      if (match) models.set(match[1]!, [...(models.get(match[1]!) ?? []), match[2]!]);
    }
    if (fetchAction && !form.has('0')) return plain(400, 'Invalid server action arguments.');
    for (const [prefix, ids] of models) {
      const parts = { has: (id: string) => form.has(prefix + id), form: true };
      const valid = ids.every((id) => {
        const text = form.get(prefix + id);
        return typeof text === 'string' && validModel(text, parts, fetchAction && prefix === '' && id === '0');
      });
      if (!valid) return plain(400, 'Invalid server action arguments.');
    }
    return null;
  }
  // Next.js answers a URL-encoded action call with 404 itself; other posts without the
  // header are not action calls.
  if (!fetchAction || type === URL_ENCODED) return null;
  const rootOnly = { has: (id: string) => id === '0', form: false };
  return validModel(await request.clone().text(), rootOnly, true) ? null : plain(400, 'Invalid server action arguments.');
}
