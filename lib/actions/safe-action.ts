// The one way to write a server action. Every exported action in lib/actions is made by
// formAction (forms with useActionState: they get the previous state and answer with the
// next) or postAction (plain posts that answer with a redirect). Both, in this order:
//   1. check the session and role (lib/auth/guard.ts), before reading anything sent;
//   2. check the arguments: the ids bound on the server, the state, the FormData. React
//      only ever sends what its form or binding holds, so anything else is a hand-made
//      call: a 404, as if the action were not there, never a 500 from a wrong type;
//   3. parse the form's fields with the action's zod schema; a failure goes back to the
//      form (or, for plain posts, into the URL) with what was typed;
//   4. run: the service does its transaction and writes the audit entry inside it; the
//      action then refreshes the cache and redirects. No try/catch wraps the body, so
//      Next.js's redirect and notFound pass through as they should.
// tests/integration/auth-admin-actions.test.ts holds every action to this shape.
import 'server-only';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor, type Actor, type Role } from '@/lib/auth/guard';
import { formDataToObject, toFieldErrors, type FieldErrors, type FormValues } from '@/lib/validation/form-data';
import type { FormState } from './state';

/** Who may call: signed-in people with one of these roles, or anyone. */
export type Access =
  | { roles: readonly Role[]; allowMissingTwoFactor?: boolean }
  /** Why an anonymous caller is fine here (a token, a rate limit); for the reader and the role test. */
  | { anonymous: string };

/** A value bound on the server with `.bind(null, …)`: an id or a token, never huge. */
export const boundId = z.string().min(1).max(1000);

type BoundSchemas = readonly z.ZodType[];
type BoundInputs<B extends BoundSchemas> = { -readonly [K in keyof B]: z.input<B[K]> };
type BoundValues<B extends BoundSchemas> = { -readonly [K in keyof B]: z.output<B[K]> };
type ActorOf<A extends Access> = A extends { roles: readonly Role[] } ? Actor : null;

interface Definition<A extends Access, B extends BoundSchemas, I extends z.ZodType> {
  access: A;
  /** Schemas of the arguments bound on the server, in order. */
  bound?: B;
  /** The fields as the schema reads them; formDataToObject unless the form needs more. */
  values?: (formData: FormData) => FormValues;
  /**
   * The form's fields, or a schema picked by the bound arguments (a new item has no id and
   * no lock token yet). Without it the body reads `values` or `formData` itself.
   */
  input?: I | ((bound: BoundValues<B>) => I);
}

export interface ActionContext<A extends Access, B extends BoundSchemas, I extends z.ZodType> {
  actor: ActorOf<A>;
  bound: BoundValues<B>;
  input: z.output<I>;
  values: FormValues;
  formData: FormData;
}

type Parsed<A extends Access, B extends BoundSchemas, I extends z.ZodType> =
  | { ok: true; context: ActionContext<A, B, I>; previous: unknown }
  | { ok: false; fieldErrors: FieldErrors; context: Omit<ActionContext<A, B, I>, 'input'>; previous: unknown };

async function guard(access: Access): Promise<Actor | null> {
  return 'roles' in access ? requireActor(access.roles, { allowMissingTwoFactor: access.allowMissingTwoFactor }) : null;
}

async function prepare<A extends Access, B extends BoundSchemas, I extends z.ZodType>(
  definition: Definition<A, B, I>,
  args: unknown[],
  stateful: boolean,
): Promise<Parsed<A, B, I>> {
  const actor = (await guard(definition.access)) as ActorOf<A>;
  const boundSchemas = definition.bound ?? [];
  const schemas: z.ZodType[] = [...boundSchemas, ...(stateful ? [z.unknown()] : []), z.instanceof(FormData)];
  const checked = z.tuple(schemas as [z.ZodType, ...z.ZodType[]]).safeParse(args);
  if (!checked.success) notFound();
  const bound = checked.data.slice(0, boundSchemas.length) as BoundValues<B>;
  const previous = stateful ? checked.data[boundSchemas.length] : undefined;
  const formData = checked.data.at(-1) as unknown as FormData;
  const values = (definition.values ?? formDataToObject)(formData);
  const base = { actor, bound, values, formData };
  if (!definition.input) return { ok: true, context: { ...base, input: undefined as z.output<I> }, previous };
  const schema = typeof definition.input === 'function' ? definition.input(bound) : definition.input;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error), context: base, previous };
  return { ok: true, context: { ...base, input: parsed.data as z.output<I> }, previous };
}

/** What was typed, without the fields never sent back (passwords, codes). */
export function keptValues(values: FormValues, secret: readonly string[] = []): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secret.includes(name)));
}

/**
 * An action for a form with useActionState: `(…bound, previous, formData) => next state`.
 * Bad input comes back as field errors with what was typed (minus `secret` fields), unless
 * `invalid` says otherwise.
 */
export function formAction<
  S extends FormState,
  A extends Access,
  const B extends BoundSchemas = [],
  I extends z.ZodType = z.ZodUnknown,
>(
  definition: Definition<A, B, I> & {
    secret?: readonly string[];
    invalid?: (fieldErrors: FieldErrors, context: Omit<ActionContext<A, B, I>, 'input'> & { previous: NoInfer<S> }) => NoInfer<S> | Promise<NoInfer<S>>;
  },
  run: (context: ActionContext<A, B, I> & { previous: S }) => Promise<S>,
): (...args: [...BoundInputs<B>, S, FormData]) => Promise<S> {
  return async (...args) => {
    const parsed = await prepare(definition, args, true);
    const previous = parsed.previous as S;
    if (parsed.ok) return run({ ...parsed.context, previous });
    if (definition.invalid) return definition.invalid(parsed.fieldErrors, { ...parsed.context, previous });
    return { status: 'error', fieldErrors: parsed.fieldErrors, values: keptValues(parsed.context.values, definition.secret) } as S;
  };
}

/**
 * An action for a plain form post that answers with a redirect: `(…bound, formData)`.
 * Bad input goes to `invalid`, which redirects with the problem in the URL.
 */
export function postAction<A extends Access, const B extends BoundSchemas = [], I extends z.ZodType = z.ZodUnknown>(
  definition: Definition<A, B, I> & {
    invalid?: (fieldErrors: FieldErrors, context: Omit<ActionContext<A, B, I>, 'input'>) => Promise<never>;
  },
  run: (context: ActionContext<A, B, I>) => Promise<void>,
): (...args: [...BoundInputs<B>, FormData]) => Promise<void> {
  return async (...args) => {
    const parsed = await prepare(definition, args, false);
    if (parsed.ok) return run(parsed.context);
    if (definition.invalid) return definition.invalid(parsed.fieldErrors, parsed.context);
    notFound();
  };
}
