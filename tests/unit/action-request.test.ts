import { describe, expect, it } from 'vitest';
import { refuseMalformedAction } from '@/lib/http/action-request';

// Server action posts that Next.js would fail on with a 500 are refused with a 4xx before
// they reach it; what React's own client sends passes.
const URL_ = 'http://127.0.0.1:3000/admin/logg-inn';
const ID = '7f0000000000000000000000000000000000000000';

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(URL_, { method: 'POST', body, headers: { host: '127.0.0.1:3000', ...headers } });
}
// Strings as React sends them; FormData with its own multipart type and boundary.
const action = (body: string | FormData, headers: Record<string, string> = {}) =>
  post(body, { 'next-action': ID, ...(typeof body === 'string' && { 'content-type': 'text/plain;charset=UTF-8' }), ...headers });
const status = async (request: Request) => (await refuseMalformedAction(request))?.status ?? 'passed';

function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

describe('malformed server action posts', () => {
  it('lets through what React sends: plain arguments, form data, outlined parts, escaped dollars', async () => {
    expect(await status(action('[]'))).toBe('passed');
    expect(await status(action('["$$x","$undefined",1,{"a":"$D2020-01-01T00:00:00.000Z"},"$n12","$-0","$NaN"]'))).toBe('passed');
    expect(await status(action(multipart({ '0': '[{"status":"idle"},"$K1"]', '1_email': 'a@b.c' })))).toBe('passed');
    expect(await status(action(multipart({ '0': '["$1","$K2"]', '1': '{"a":["$@0"]}', '2_x': 'y' })))).toBe('passed');
    // A form without JavaScript, and other posts that are not action calls at all.
    expect(await status(post(multipart({ $ACTION_ID_abc: '', email: 'x' })))).toBe('passed');
    expect(await status(post(multipart({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"x","bound":"$@1"}', '$ACTION_1:1': '["t"]' })))).toBe('passed');
    expect(await status(post('a=1', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe('passed');
    expect(await status(new Request(URL_, { headers: { 'next-action': ID } }))).toBe('passed');
    // Same site, by Host or by a forwarding proxy's X-Forwarded-Host.
    expect(await status(action('[]', { origin: 'http://127.0.0.1:3000' }))).toBe('passed');
    expect(await status(action('[]', { origin: 'https://example.org', 'x-forwarded-host': 'example.org' }))).toBe('passed');
  });

  it('refuses a foreign or unreadable Origin with 403', async () => {
    for (const origin of ['https://evil.example', 'null', 'garbage', 'http://127.0.0.1:3001']) {
      expect(await status(action('[]', { origin })), origin).toBe(403);
      expect(await status(post(multipart({ a: 'b' }), { origin })), origin).toBe(403);
    }
  });

  it('refuses bodies React cannot decode with 400', async () => {
    for (const body of ['', 'garbage', '{', '"x"', '1', 'null', '{}', '["$1"]', '["$@2"]', '["$K1"]', '["$Q1"]', '["$h1"]', '["$nabc"]', `["$n${'9'.repeat(400)}"]`, '["$F1"]']) {
      expect(await status(action(body)), body).toBe(400);
    }
    for (const fields of [{}, { '1': '[]' }, { '0': 'garbage' }, { '0': '{}' }, { '0': '["$2"]' }, { '0': '["$1"]', '1': 'garbage' }] as Record<string, string>[]) {
      expect(await status(action(multipart(fields))), JSON.stringify(fields)).toBe(400);
    }
    expect(await status(post(multipart({ $ACTION_REF_1: '', '$ACTION_1:0': 'garbage' })))).toBe(400);
    // Multipart that is not: a missing or wrong boundary, or a truncated body.
    const broken = (type: string, body: string) => action(body, { 'content-type': type });
    expect(await status(broken('multipart/form-data', '--x\r\n'))).toBe(400);
    expect(await status(broken('multipart/form-data; boundary=x', 'garbage'))).toBe(400);
    expect(await status(broken('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]'))).toBe(400);
    // An empty action id, which Next.js takes for a bug of its own.
    expect(await status(action('[]', { 'next-action': '' }))).toBe(400);
    // And without the Next-Action header, as a form without JavaScript.
    expect(await status(post('garbage', { 'content-type': 'multipart/form-data; boundary=x' }))).toBe(400);
  });
});
