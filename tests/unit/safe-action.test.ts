// The one action wrapper's checks of what is sent, shown on actions open to anyone (so no
// session is needed here; the role check for the others is proven over HTTP in
// tests/e2e/admin-auth.spec.ts). A hand-made call with the wrong arguments is a 404 before
// the body runs; bad fields come back to the form with what was typed, minus secrets.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formAction, postAction } from '@/lib/actions/safe-action';
import type { FormState } from '@/lib/actions/state';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const notFound = { digest: 'NEXT_HTTP_ERROR_FALLBACK;404' };
const anyone = { anonymous: 'a test' };

describe('formAction', () => {
  const calls: unknown[] = [];
  const action = formAction(
    {
      access: anyone,
      bound: [z.uuid()],
      input: z.object({ name: z.string().min(1, { error: 'required' }), password: z.string() }),
      secret: ['password'],
    },
    async ({ bound: [id], input }): Promise<FormState> => {
      calls.push([id, input]);
      return { status: 'done' };
    },
  );
  const id = '3f2c8a4e-9b1d-4c6e-8f0a-2d4b6c8e0f1a';
  const idle: FormState = { status: 'idle' };

  it('runs with the bound id and the parsed fields', async () => {
    await expect(action(id, idle, form({ name: 'Ada', password: 'secret' }))).resolves.toEqual({ status: 'done' });
    expect(calls.at(-1)).toEqual([id, { name: 'Ada', password: 'secret' }]);
  });

  it('answers wrongly typed or missing arguments with a 404, before the body runs', async () => {
    const before = calls.length;
    const bad: unknown[][] = [
      [123, idle, form({ name: 'Ada' })],
      ['not-an-id', idle, form({ name: 'Ada' })],
      [id, idle, { name: 'Ada' }],
      [id, idle],
      [id, idle, form({ name: 'Ada' }), 'one too many'],
      [],
    ];
    for (const args of bad) {
      await expect((action as (...a: unknown[]) => Promise<unknown>)(...args), JSON.stringify(args)).rejects.toMatchObject(notFound);
    }
    expect(calls.length).toBe(before);
  });

  it('sends bad fields back as field errors, with what was typed except secrets', async () => {
    const before = calls.length;
    await expect(action(id, idle, form({ name: '', password: 'secret', note: 'kept' }))).resolves.toEqual({
      status: 'error',
      fieldErrors: { name: ['required'] },
      values: { name: '', note: 'kept' },
    });
    expect(calls.length).toBe(before);
  });

  it('picks the schema by the bound arguments when asked to', async () => {
    const save = formAction(
      { access: anyone, bound: [z.uuid().nullable()], input: ([existing]) => (existing ? z.object({ version: z.string() }) : z.object({})) },
      async ({ input }): Promise<FormState> => ({ status: 'done', values: input as Record<string, string> }),
    );
    await expect(save(null, idle, form({}))).resolves.toEqual({ status: 'done', values: {} });
    await expect(save(id, idle, form({}))).resolves.toMatchObject({ status: 'error', fieldErrors: { version: ['invalid'] } });
  });
});

describe('postAction', () => {
  it('has no state argument, and hands bad fields to `invalid`', async () => {
    const invalid = Object.assign(new Error('redirected'), { digest: 'TEST_REDIRECT' });
    const action = postAction(
      { access: anyone, input: z.object({ confirm: z.literal('yes') }), invalid: async () => Promise.reject(invalid) },
      async () => {},
    );
    await expect(action(form({ confirm: 'yes' }))).resolves.toBeUndefined();
    await expect(action(form({}))).rejects.toBe(invalid);
    await expect((action as (...a: unknown[]) => Promise<unknown>)({ state: 1 }, form({ confirm: 'yes' }))).rejects.toMatchObject(notFound);
  });
});
