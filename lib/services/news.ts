// Changing news items. NewsItem has no version column: updatedAt is the lock token.
// Archiving is a status change like any other edit; nothing is deleted.
import type { PublicationStatus } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/validation/fields';
import type { NewsContent, NewsCreateInput, NewsUpdateInput } from '@/lib/validation/news';
import { isoDay } from '@/lib/domain/oslo-date';
import { NEWS_TRANSLATION_FIELDS } from '@/lib/i18n/content';
import { diffFields, writeAudit } from './audit';
import { forbidden, isEditor, notFound, type Actor, type Db, type Failure, type Result, type Tx } from './types';

const FIELDS = ['slug', 'title', 'body', ...NEWS_TRANSLATION_FIELDS, 'publishedAt', 'measureId', 'status'] as const satisfies readonly (keyof NewsContent)[];

export interface NewsSnapshot extends NewsContent {
  id: string;
  updatedAt: string;
}

async function load(tx: Tx, id: string): Promise<NewsSnapshot | null> {
  const row = await tx.newsItem.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id, slug: row.slug, title: row.title, body: row.body,
    titleNn: row.titleNn, titleEn: row.titleEn, bodyNn: row.bodyNn, bodyEn: row.bodyEn, status: row.status,
    publishedAt: isoDay(row.publishedAt)!, measureId: row.measureId, updatedAt: row.updatedAt.toISOString(),
  };
}

const columns = (c: NewsContent) => ({ ...c, publishedAt: new Date(`${c.publishedAt}T00:00:00.000Z`) });

async function checkReferences(tx: Tx, id: string | null, c: NewsContent): Promise<Failure | null> {
  if (await tx.newsItem.findFirst({ where: { slug: c.slug, ...(id ? { NOT: { id } } : {}) }, select: { id: true } })) {
    return { ok: false, error: 'invalid', fieldErrors: { slug: ['slugTaken'] } };
  }
  if (c.measureId && !(await tx.measure.findUnique({ where: { id: c.measureId }, select: { id: true } }))) {
    return { ok: false, error: 'invalid', fieldErrors: { measureId: ['invalid'] } };
  }
  return null;
}

export async function createNews(db: Db, actor: Actor, input: NewsCreateInput): Promise<Result<{ id: string }>> {
  if (!isEditor(actor)) return forbidden;
  const content = { ...input, slug: input.slug ?? slugify(input.title) };
  return db.$transaction(async (tx): Promise<Result<{ id: string }>> => {
    const problem = await checkReferences(tx, null, content);
    if (problem) return problem;
    const { id } = await tx.newsItem.create({ data: columns(content), select: { id: true } });
    const after = (await load(tx, id))!;
    await writeAudit(tx, actor, { entityType: 'news', entityId: id, action: 'create', changes: diffFields(null, after, FIELDS), snapshot: after });
    return { ok: true, value: { id } };
  });
}

export async function updateNews(db: Db, actor: Actor, id: string, input: NewsUpdateInput): Promise<Result<{ id: string; updatedAt: string }>> {
  if (!isEditor(actor)) return forbidden;
  const { updatedAt: token, ...content } = input;
  return db.$transaction(async (tx): Promise<Result<{ id: string; updatedAt: string }>> => {
    const before = await load(tx, id);
    if (!before) return notFound;
    const conflict = (current: NewsSnapshot): Failure => ({
      ok: false, error: 'conflict',
      conflict: { currentVersion: current.updatedAt, changes: diffFields(content, current, FIELDS).map((c) => ({ field: c.field, theirs: c.after, yours: c.before })) },
    });
    if (before.updatedAt !== token) return conflict(before);
    const changes = diffFields(before, content, FIELDS);
    if (changes.length === 0) return { ok: true, value: { id, updatedAt: before.updatedAt } };
    const problem = await checkReferences(tx, id, content);
    if (problem) return problem;
    const { count } = await tx.newsItem.updateMany({ where: { id, updatedAt: new Date(token) }, data: columns(content) });
    if (count === 0) return conflict((await load(tx, id))!);
    const after = (await load(tx, id))!;
    const action = before.status !== after.status && changes.length === 1 ? 'status' : 'update';
    await writeAudit(tx, actor, { entityType: 'news', entityId: id, action, changes: diffFields(before, after, FIELDS), snapshot: after });
    return { ok: true, value: { id, updatedAt: after.updatedAt } };
  });
}

/** Archive (or publish, or back to draft) without touching the text. */
export async function setNewsStatus(db: Db, actor: Actor, id: string, input: { status: PublicationStatus; updatedAt: string }) {
  const current = await load(db, id);
  if (!current) return notFound;
  const { id: _id, updatedAt: _u, ...content } = current;
  // The lock is the caller's token, so a change made since they looked is still refused.
  return updateNews(db, actor, id, { ...content, status: input.status, updatedAt: input.updatedAt });
}
