// The arguments of a server action, checked before anything else. React only ever calls
// an action with what its form or binding sends, so other types (or too few arguments)
// come from a hand-made call with a Next-Action header. Those get a 404, as if the action
// were not there, never a 500 from a method missing on the wrong type.
import { notFound } from 'next/navigation';
import { z } from 'zod';

/** A posted form. */
export const formArg = z.instanceof(FormData);
/** A value bound on the server (an id or a token); never huge. */
export const boundArg = z.string().max(1000);
/** useActionState's previous state: the action only reads what it wrote itself. */
export const stateArg = z.unknown();

export function checkActionArgs(schema: z.ZodTuple, args: unknown[]): void {
  if (!schema.safeParse(args).success) notFound();
}

/** The common shapes: (state, form), (bound, state, form) and (bound, state). */
export const formActionArgs = z.tuple([stateArg, formArg]);
export const boundFormActionArgs = z.tuple([boundArg, stateArg, formArg]);
export const boundStateActionArgs = z.tuple([boundArg, stateArg]);
