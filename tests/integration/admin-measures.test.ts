import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHistory } from '@/lib/data/history';
import { listChangeRequests } from '@/lib/data/change-requests';
import { approveChangeRequest, rejectChangeRequest } from '@/lib/services/change-requests';
import { loadMeasureSnapshot } from '@/lib/data/measures';
import {
  createMeasure,
  deleteMeasure,
  restoreMeasureVersion,
  setMeasureStatus,
  updateMeasure,
  verifyMeasure,
} from '@/lib/services/measures';
import type { Actor } from '@/lib/services/types';
import { getPublishedMeasure } from '@/lib/data/measures';
import { findRenamedMeasureSlug } from '@/lib/data/slug-redirects';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { asUpdate, createActors, measureInput } from './admin-fixtures';

describe.each(databaseKinds)('admin measure services on $kind', ({ create }) => {
  let db: TestDatabase;
  let providerId: string;
  let otherProviderId: string;
  let actors: Awaited<ReturnType<typeof createActors>>;

  beforeAll(async () => {
    db = await create();
    providerId = (await db.prisma.provider.create({ data: { slug: 'turlaget', name: 'Turlaget', type: 'VOLUNTARY' } })).id;
    otherProviderId = (await db.prisma.provider.create({ data: { slug: 'andre', name: 'Andre', type: 'PRIVATE' } })).id;
    actors = await createActors(db.prisma, providerId);
  });
  afterAll(() => db?.close());

  const ok = <T,>(r: { ok: true; value: T } | { ok: false }): T => {
    if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
    return r.value;
  };
  const createOne = async (overrides: Record<string, unknown> = {}, actor: Actor = actors.editor) =>
    ok(await createMeasure(db.prisma, actor, measureInput(providerId, overrides)));

  it('creates, updates, publishes and verifies, each with an audit entry of every field before and after', async () => {
    const input = measureInput(providerId);
    const created = ok(await createMeasure(db.prisma, actors.editor, input));
    expect(created).toMatchObject({ slug: 'turgruppe-pa-nesttun', version: 1 });
    const stored = (await loadMeasureSnapshot(db.prisma, created.id))!;
    expect(stored).toMatchObject({ status: 'DRAFT', dropIn: true, anonymous: null, citywide: null });

    const update = asUpdate(input, created.slug, 1, {
      summary: 'Fellesturer to ganger i uka.',
      anonymous: 'no',
      openingHours: [
        { weekday: '2', opensAt: '10:00', closesAt: '13:00' },
        { weekday: '4', opensAt: '18:00', closesAt: '01:00', overnight: 'on', validFrom: '2026-06-01', validTo: '2026-08-31' },
      ],
    });
    expect(ok(await updateMeasure(db.prisma, actors.editor, created.id, update))).toMatchObject({ kind: 'updated', version: 2 });
    ok(await setMeasureStatus(db.prisma, actors.editor, created.id, { status: 'PUBLISHED', version: 2 }));
    ok(await verifyMeasure(db.prisma, actors.editor, created.id, { version: 3 }, '2026-03-01'));

    const history = await listHistory('measure', created.id, db.prisma);
    expect(history.map((h) => [h.action, h.version, h.userEmail])).toEqual([
      ['verify', 4, 'editor-1@example.org'],
      ['status', 3, 'editor-1@example.org'],
      ['update', 2, 'editor-1@example.org'],
      ['create', 1, 'editor-1@example.org'],
    ]);
    expect(history[3]!.changes).toContainEqual({ field: 'name', before: null, after: 'Turgruppe på Nesttun' });
    const updateEntry = history[2]!;
    expect(updateEntry.changes.map((c) => c.field).sort()).toEqual(['anonymous', 'openingHours', 'summary']);
    expect(updateEntry.changes).toContainEqual({ field: 'anonymous', before: null, after: false });
    expect(updateEntry.changes.find((c) => c.field === 'openingHours')).toEqual({
      field: 'openingHours',
      before: [{ weekday: 2, opensAt: 600, closesAt: 780, validFrom: null, validTo: null }],
      after: [
        { weekday: 2, opensAt: 600, closesAt: 780, validFrom: null, validTo: null },
        { weekday: 4, opensAt: 1080, closesAt: 60, validFrom: '2026-06-01', validTo: '2026-08-31' },
      ],
    });
    expect(history[1]!.changes).toEqual([{ field: 'status', before: 'DRAFT', after: 'PUBLISHED' }]);
    expect(history[0]!.changes).toEqual([{ field: 'lastVerifiedAt', before: null, after: '2026-03-01' }]);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: created.id, version: 4 } });
    expect(entry.snapshot).toMatchObject({ status: 'PUBLISHED', lastVerifiedAt: '2026-03-01', summary: 'Fellesturer to ganger i uka.', anonymous: false });
    expect(await getPublishedMeasure(created.slug, new Date('2026-03-01T12:00:00Z'), db.prisma)).toMatchObject({ summary: 'Fellesturer to ganger i uka.' });
  });

  it('refuses a save from an old version and says what changed, leaving both sides intact', async () => {
    const input = measureInput(providerId, { name: 'Konflikt', slug: 'konflikt' });
    const { id } = await createOne({ name: 'Konflikt', slug: 'konflikt' });
    // Two editors open version 1; the first saves a new name and hours.
    const first = asUpdate(input, 'konflikt', 1, { name: 'Konflikt (ny)', openingHours: [{ weekday: 5, opensAt: 600, closesAt: 900 }] });
    ok(await updateMeasure(db.prisma, actors.editor, id, first));
    const second = asUpdate(input, 'konflikt', 1, { summary: 'Mitt sammendrag.' });
    const refused = await updateMeasure(db.prisma, actors.editor2, id, second);
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.error !== 'conflict') throw new Error('expected a conflict');
    expect(refused.conflict.currentVersion).toBe('2');
    expect(refused.conflict.changes).toEqual([
      { field: 'name', theirs: 'Konflikt (ny)', yours: 'Konflikt' },
      { field: 'openingHours', theirs: [{ weekday: 5, opensAt: 600, closesAt: 900, validFrom: null, validTo: null }], yours: second.openingHours },
    ]);
    const now = (await loadMeasureSnapshot(db.prisma, id))!;
    expect(now).toMatchObject({ version: 2, name: 'Konflikt (ny)', summary: input.summary });
    expect(await db.prisma.auditEntry.count({ where: { entityId: id } })).toBe(2);

    // The second editor merges: keeps the new name, adds their summary, resubmits on version 2.
    const merged = asUpdate(input, 'konflikt', Number(refused.conflict.currentVersion), { name: 'Konflikt (ny)', summary: 'Mitt sammendrag.', openingHours: first.openingHours });
    expect(ok(await updateMeasure(db.prisma, actors.editor2, id, merged))).toMatchObject({ version: 3 });
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ name: 'Konflikt (ny)', summary: 'Mitt sammendrag.', version: 3 });
  });

  it('lets only one of two simultaneous saves of the same version through', async () => {
    const input = measureInput(providerId, { name: 'Samtidig', slug: 'samtidig' });
    const { id } = await createOne({ name: 'Samtidig', slug: 'samtidig' });
    const results = await Promise.all([
      updateMeasure(db.prisma, actors.editor, id, asUpdate(input, 'samtidig', 1, { summary: 'A' })),
      updateMeasure(db.prisma, actors.editor2, id, asUpdate(input, 'samtidig', 1, { summary: 'B' })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === 'conflict')).toHaveLength(1);
    expect((await loadMeasureSnapshot(db.prisma, id))!.version).toBe(2);
  });

  it('restores an earlier version as a new audited update, checking the version', async () => {
    const input = measureInput(providerId, { name: 'Gjenopprett', slug: 'gjenopprett' });
    const { id } = await createOne({ name: 'Gjenopprett', slug: 'gjenopprett' });
    ok(await updateMeasure(db.prisma, actors.editor, id, asUpdate(input, 'gjenopprett', 1, { summary: 'Feil tekst.', locations: [], dropIn: 'no' })));
    const [latest, original] = await listHistory('measure', id, db.prisma);
    expect(original!.action).toBe('create');
    expect(await restoreMeasureVersion(db.prisma, actors.editor, id, { entryId: original!.id, version: 1 })).toMatchObject({ ok: false, error: 'conflict' });
    ok(await restoreMeasureVersion(db.prisma, actors.editor, id, { entryId: original!.id, version: 2 }));
    const restored = (await loadMeasureSnapshot(db.prisma, id))!;
    expect(restored).toMatchObject({ summary: input.summary, dropIn: true, version: 3 });
    expect(restored.locations).toEqual(input.locations);
    const entries = await listHistory('measure', id, db.prisma);
    expect(entries[0]!.action).toBe('restore');
    expect(entries[0]!.changes.map((c) => c.field).sort()).toEqual(['dropIn', 'locations', 'summary']);
    // "The version before this change" works too: back to the wrong text.
    ok(await restoreMeasureVersion(db.prisma, actors.editor, id, { entryId: entries[0]!.id, version: 3, side: 'before' }));
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ summary: 'Feil tekst.', version: 4 });
    expect(latest!.action).toBe('update');
  });

  it('keeps an old slug resolving after a rename, and frees it when taken again', async () => {
    const input = measureInput(providerId, { name: 'Gammelt navn', slug: 'gammelt-navn' });
    const { id } = await createOne({ name: 'Gammelt navn', slug: 'gammelt-navn' });
    ok(await setMeasureStatus(db.prisma, actors.editor, id, { status: 'PUBLISHED', version: 1 }));
    ok(await updateMeasure(db.prisma, actors.editor, id, asUpdate(input, 'nytt-navn', 2)));
    ok(await updateMeasure(db.prisma, actors.editor, id, asUpdate(input, 'nyeste-navn', 3)));
    expect(await findRenamedMeasureSlug('gammelt-navn', db.prisma)).toBe('nyeste-navn');
    expect(await findRenamedMeasureSlug('nytt-navn', db.prisma)).toBe('nyeste-navn');
    expect(await findRenamedMeasureSlug('ukjent', db.prisma)).toBeNull();
    // Another measure may not take a live slug, but may take an old one.
    const taken = await createMeasure(db.prisma, actors.editor, measureInput(providerId, { slug: 'nyeste-navn' }));
    expect(taken).toEqual({ ok: false, error: 'invalid', fieldErrors: { slug: ['slugTaken'] } });
    await createOne({ name: 'Ny eier', slug: 'gammelt-navn' });
    expect(await findRenamedMeasureSlug('gammelt-navn', db.prisma)).toBeNull();
  });

  it('only allows the documented status transitions and deletes only for admins, confirmed and audited', async () => {
    const { id } = await createOne({ name: 'Slett meg', slug: 'slett-meg' });
    ok(await setMeasureStatus(db.prisma, actors.editor, id, { status: 'ARCHIVED', version: 1 }));
    expect(await setMeasureStatus(db.prisma, actors.editor, id, { status: 'PUBLISHED', version: 2 })).toMatchObject({ ok: false, error: 'invalid' });
    ok(await setMeasureStatus(db.prisma, actors.editor, id, { status: 'DRAFT', version: 2 }));
    expect(await deleteMeasure(db.prisma, actors.editor, id, { version: 3, confirm: true })).toEqual({ ok: false, error: 'forbidden' });
    expect(await deleteMeasure(db.prisma, actors.admin, id, { version: 3, confirm: false })).toMatchObject({ ok: false, error: 'invalid' });
    ok(await deleteMeasure(db.prisma, actors.admin, id, { version: 3, confirm: true }));
    expect(await db.prisma.measure.findUnique({ where: { id } })).toBeNull();
    const [last] = await listHistory('measure', id, db.prisma);
    expect(last).toMatchObject({ action: 'delete', userEmail: 'admin-1@example.org' });
  });

  it("turns a provider's edit into a change request that applies only when an editor approves", async () => {
    const input = measureInput(providerId, { name: 'Leverandør', slug: 'leverandor' });
    const { id } = await createOne({ name: 'Leverandør', slug: 'leverandor' });
    const proposal = asUpdate(input, 'leverandor', 1, { summary: 'Foreslått av tilbyder.', wheelchairAccessible: 'yes' });
    expect(await createMeasure(db.prisma, actors.provider, input)).toEqual({ ok: false, error: 'forbidden' });
    const proposed = ok(await updateMeasure(db.prisma, actors.provider, id, proposal));
    expect(proposed.kind).toBe('proposed');
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ summary: input.summary, wheelchairAccessible: null, version: 1 });
    // Not for another provider's measure, nor to move it to another provider.
    const foreign = await createOne({ name: 'Fremmed', slug: 'fremmed', providerId: otherProviderId });
    expect(await updateMeasure(db.prisma, actors.provider, foreign.id, asUpdate(measureInput(otherProviderId), 'fremmed', 1))).toEqual({ ok: false, error: 'forbidden' });
    expect(await updateMeasure(db.prisma, actors.provider, id, asUpdate(input, 'leverandor', 1, { providerId: otherProviderId }))).toEqual({ ok: false, error: 'forbidden' });

    const [pending] = await listChangeRequests(actors.editor, 'PENDING', db.prisma);
    expect(pending).toMatchObject({ status: 'PENDING', stale: false, measure: { id }, proposedBy: 'provider-1@example.org' });
    expect(pending!.diff).toEqual([
      { field: 'summary', before: input.summary, after: 'Foreslått av tilbyder.' },
      { field: 'wheelchairAccessible', before: null, after: true },
    ]);
    expect(await approveChangeRequest(db.prisma, actors.provider, pending!.id)).toEqual({ ok: false, error: 'forbidden' });
    expect(ok(await approveChangeRequest(db.prisma, actors.editor, pending!.id))).toEqual({ measureId: id, version: 2 });
    expect(await loadMeasureSnapshot(db.prisma, id)).toMatchObject({ summary: 'Foreslått av tilbyder.', wheelchairAccessible: true });
    expect((await listHistory('measure', id, db.prisma))[0]).toMatchObject({ action: 'approve', userEmail: 'editor-1@example.org' });
    expect(await approveChangeRequest(db.prisma, actors.editor, pending!.id)).toMatchObject({ ok: false, error: 'invalid' });

    // A proposal based on an old version is not applied blindly; it can be rejected.
    const stale = ok(await updateMeasure(db.prisma, actors.provider, id, asUpdate(input, 'leverandor', 1, { summary: 'Gammel base.' })));
    if (stale.kind !== 'proposed') throw new Error('expected a proposal');
    expect(await approveChangeRequest(db.prisma, actors.editor, stale.changeRequestId)).toMatchObject({ ok: false, error: 'conflict' });
    ok(await rejectChangeRequest(db.prisma, actors.editor, stale.changeRequestId, { note: 'Utdatert.' }));
    expect(await db.prisma.changeRequest.findUnique({ where: { id: stale.changeRequestId } })).toMatchObject({ status: 'REJECTED', reviewedById: 'editor-1' });
    expect(await listChangeRequests(actors.editor, 'PENDING', db.prisma)).toEqual([]);
  });
});
