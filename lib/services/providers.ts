// Changing providers. Provider has no version column, so the updatedAt the editor
// started from is the lock token: the update only matches while it is unchanged.
import { PROVIDER_TRANSLATION_FIELDS } from '@/lib/i18n/content';
import { slugify } from '@/lib/validation/fields';
import type { ProviderContent, ProviderCreateInput, ProviderUpdateInput } from '@/lib/validation/provider';
import { diffFields, writeAudit, type AuditAction } from './audit';
import { forbidden, isEditor, notFound, type Actor, type Conflict, type Db, type Failure, type Result, type Tx } from './types';

const FIELDS = ['slug', 'name', 'type', 'description', ...PROVIDER_TRANSLATION_FIELDS, 'phone', 'email', 'website', 'updatesEmail', 'updatesLanguage'] as const satisfies readonly (keyof ProviderContent)[];

export interface ProviderSnapshot extends ProviderContent {
  id: string;
  updatedAt: string;
}

async function load(tx: Tx, id: string): Promise<ProviderSnapshot | null> {
  const row = await tx.provider.findUnique({ where: { id } });
  if (!row) return null;
  const { createdAt: _c, updatedAt, ...rest } = row;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}

const slugTaken: Failure = { ok: false, error: 'invalid', fieldErrors: { slug: ['slugTaken'] } };

function conflict(current: ProviderSnapshot, yours: ProviderContent): Failure {
  const changes = diffFields(yours, current, FIELDS).map((c) => ({ field: c.field, theirs: c.after, yours: c.before }));
  return { ok: false, error: 'conflict', conflict: { currentVersion: current.updatedAt, changes } satisfies Conflict };
}

export async function createProvider(db: Db, actor: Actor, input: ProviderCreateInput): Promise<Result<{ id: string; slug: string }>> {
  if (!isEditor(actor)) return forbidden;
  return db.$transaction((tx) => createProviderTx(tx, actor, input));
}

/** Inside the caller's transaction (the CSV import applies a whole file in one). */
export async function createProviderTx(tx: Tx, actor: Actor, input: ProviderCreateInput, action: AuditAction = 'create'): Promise<Result<{ id: string; slug: string }>> {
  if (!isEditor(actor)) return forbidden;
  const content = { ...input, slug: input.slug ?? slugify(input.name) };
  if (await tx.provider.findUnique({ where: { slug: content.slug }, select: { id: true } })) return slugTaken;
  const { id } = await tx.provider.create({ data: content, select: { id: true } });
  const after = (await load(tx, id))!;
  await writeAudit(tx, actor, { entityType: 'provider', entityId: id, action, changes: diffFields(null, after, FIELDS), snapshot: after });
  return { ok: true, value: { id, slug: after.slug } };
}

export async function updateProvider(db: Db, actor: Actor, id: string, input: ProviderUpdateInput): Promise<Result<{ id: string; updatedAt: string }>> {
  if (!isEditor(actor)) return forbidden;
  const result = await db.$transaction((tx) => updateProviderTx(tx, actor, id, input));
  return result.ok ? { ok: true, value: { id: result.value.id, updatedAt: result.value.updatedAt } } : result;
}

export async function updateProviderTx(
  tx: Tx,
  actor: Actor,
  id: string,
  input: ProviderUpdateInput,
  action: AuditAction = 'update',
): Promise<Result<{ id: string; updatedAt: string; unchanged: boolean }>> {
  if (!isEditor(actor)) return forbidden;
  const { updatedAt: token, ...content } = input;
  const before = await load(tx, id);
  if (!before) return notFound;
  if (before.updatedAt !== token) return conflict(before, content);
  const changes = diffFields(before, content, FIELDS);
  if (changes.length === 0) return { ok: true, value: { id, updatedAt: before.updatedAt, unchanged: true } };
  if (await tx.provider.findFirst({ where: { slug: content.slug, NOT: { id } }, select: { id: true } })) return slugTaken;
  const { count } = await tx.provider.updateMany({ where: { id, updatedAt: new Date(token) }, data: content });
  if (count === 0) return conflict((await load(tx, id))!, content);
  const after = (await load(tx, id))!;
  await writeAudit(tx, actor, { entityType: 'provider', entityId: id, action, changes: diffFields(before, after, FIELDS), snapshot: after });
  return { ok: true, value: { id, updatedAt: after.updatedAt, unchanged: false } };
}
