import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHistory } from '@/lib/data/history';
import { createNews, setNewsStatus, updateNews } from '@/lib/services/news';
import { createProvider, updateProvider } from '@/lib/services/providers';
import { newsUpdateSchema } from '@/lib/validation/news';
import { providerCreateSchema, providerUpdateSchema } from '@/lib/validation/provider';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

describe.each(databaseKinds)('admin provider and news services on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    const p = await db.prisma.provider.create({ data: { slug: 'base', name: 'Base', type: 'PRIVATE' } });
    actors = await createActors(db.prisma, p.id);
  });
  afterAll(() => db?.close());

  it('creates and updates a provider with audit, using updatedAt as the lock', async () => {
    const input = providerCreateSchema.parse({ name: 'Kafé Åsane', type: 'non_profit', email: 'post@kafe.no' });
    expect(await createProvider(db.prisma, actors.provider, input)).toEqual({ ok: false, error: 'forbidden' });
    const created = await createProvider(db.prisma, actors.editor, input);
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(created.value.slug).toBe('kafe-asane');
    const row = await db.prisma.provider.findUniqueOrThrow({ where: { id: created.value.id } });
    const token = row.updatedAt.toISOString();
    const first = await updateProvider(db.prisma, actors.editor, row.id, providerUpdateSchema.parse({ ...input, slug: 'kafe-asane', phone: '55 00 00 00', updatedAt: token }));
    expect(first.ok).toBe(true);
    const stale = await updateProvider(db.prisma, actors.editor2, row.id, providerUpdateSchema.parse({ ...input, slug: 'kafe-asane', name: 'Annet navn', updatedAt: token }));
    expect(stale).toMatchObject({ ok: false, error: 'conflict', conflict: { changes: [{ field: 'name', theirs: 'Kafé Åsane', yours: 'Annet navn' }, { field: 'phone', theirs: '55 00 00 00', yours: null }] } });
    const history = await listHistory('provider', row.id, db.prisma);
    expect(history.map((h) => h.action)).toEqual(['update', 'create']);
    expect(history[0]!.changes).toEqual([{ field: 'phone', before: null, after: '55 00 00 00' }]);
  });

  it('creates, edits and archives news with audit and a lock', async () => {
    const created = await createNews(db.prisma, actors.editor, newsUpdateSchema.omit({ updatedAt: true, slug: true }).parse({ title: 'Sommerstengt', body: 'Stengt i juli.', publishedAt: '2026-06-01', status: 'DRAFT' }) as never);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const row = await db.prisma.newsItem.findUniqueOrThrow({ where: { id: created.value.id } });
    expect(row.slug).toBe('sommerstengt');
    const archived = await setNewsStatus(db.prisma, actors.editor, row.id, { status: 'ARCHIVED', updatedAt: row.updatedAt.toISOString() });
    expect(archived.ok).toBe(true);
    const stale = await updateNews(db.prisma, actors.editor, row.id, newsUpdateSchema.parse({ slug: 'sommerstengt', title: 'Ny tittel', body: 'x', publishedAt: '2026-06-01', status: 'DRAFT', updatedAt: row.updatedAt.toISOString() }));
    expect(stale).toMatchObject({ ok: false, error: 'conflict' });
    expect((await listHistory('news', row.id, db.prisma)).map((h) => h.action)).toEqual(['status', 'create']);
  });
});
