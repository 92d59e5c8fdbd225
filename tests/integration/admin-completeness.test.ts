import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCompletenessOverview } from '@/lib/data/admin-completeness';
import { STALE_MONTHS } from '@/lib/domain/stale';
import type { Prisma } from '@/lib/generated/prisma/client';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { createActors } from './admin-fixtures';

// The dashboard's completeness picture on a small catalogue whose every fact is known:
// the figures, which measures are listed and in what order, and what each row says.
const NOW = new Date('2026-06-15T10:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe.each(databaseKinds)('completeness overview on $kind', ({ create }) => {
  let db: TestDatabase;
  let actors: Awaited<ReturnType<typeof createActors>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await create();
    const p = db.prisma;
    const asked = await p.provider.create({ data: { slug: 'spurt', name: 'Spurt AS', type: 'PRIVATE', updatesEmail: 'oppdatering@example.org' } });
    const silent = await p.provider.create({ data: { slug: 'taus', name: 'Taus AS', type: 'PRIVATE' } });
    actors = await createActors(p, asked.id);
    const bare = { summary: 'Tiltak.', kind: 'ACTIVITY' as const, status: 'PUBLISHED' as const };
    const full = {
      ...bare,
      ageMin: 18,
      gender: 'ALL' as const,
      districts: ['FANA' as const],
      referralRequired: false,
      applicationRequired: false,
      hoursStatus: 'REGULAR' as const,
      howToStart: 'Møt opp.',
      contactPhone: '55 55 55 55',
      locations: { create: [{ name: 'Huset', address: 'Gata 1', position: 0 }] },
    } satisfies Partial<Prisma.MeasureCreateInput>;
    const make = async (key: string, data: Omit<Prisma.MeasureUncheckedCreateInput, 'slug' | 'name'> & { name?: string }) => {
      const m = await p.measure.create({ data: { slug: key, name: data.name ?? key, ...data } as Prisma.MeasureUncheckedCreateInput });
      ids[key] = m.id;
    };
    // Complete and confirmed this month.
    await make('komplett', { ...full, providerId: asked.id, lastVerifiedAt: day('2026-06-01') });
    // Nothing known, never confirmed; one has an address of its own to ask, one nobody.
    await make('tom-b', { ...bare, name: 'Berit tom', providerId: silent.id });
    await make('tom-a', { ...bare, name: 'Anna tom', providerId: silent.id, updatesEmail: 'eget@example.org' });
    // Two facts missing (the place has no street address, and no gender), confirmed too long ago.
    await make('nesten', {
      ...full,
      gender: null,
      locations: { create: [{ name: 'Uten adresse', address: ' ', position: 0 }] },
      providerId: asked.id,
      lastVerifiedAt: day('2025-11-01'),
    });
    // Not published: not counted.
    await make('utkast', { ...bare, status: 'DRAFT', providerId: asked.id });
    await make('arkivert', { ...bare, status: 'ARCHIVED', providerId: silent.id });
  });
  afterAll(() => db?.close());

  it('gives the figures over published measures and lists those missing most first', async () => {
    expect(STALE_MONTHS).toBe(6);
    const overview = await getCompletenessOverview(actors.editor, { prisma: db.prisma, now: NOW });
    expect(overview).toMatchObject({ published: 4, complete: 1, confirmed: 1, neverConfirmed: 2, incomplete: 3 });
    // 8 + 0 + 0 + 6 facts known of 4 × 8.
    expect(overview.completeness).toBeCloseTo(14 / 32);
    expect(overview.items).toEqual([
      {
        id: ids['tom-a'],
        name: 'Anna tom',
        providerName: 'Taus AS',
        missing: ['hours', 'address', 'age', 'gender', 'district', 'entry', 'howToStart', 'contact'],
        firstField: 'hoursStatus',
        hasUpdatesContact: true,
      },
      {
        id: ids['tom-b'],
        name: 'Berit tom',
        providerName: 'Taus AS',
        missing: ['hours', 'address', 'age', 'gender', 'district', 'entry', 'howToStart', 'contact'],
        firstField: 'hoursStatus',
        hasUpdatesContact: false,
      },
      { id: ids.nesten, name: 'nesten', providerName: 'Spurt AS', missing: ['address', 'gender'], firstField: 'locations.0.address', hasUpdatesContact: true },
    ]);
  });

  it('lists at most the limit, counting them all', async () => {
    const overview = await getCompletenessOverview(actors.editor, { prisma: db.prisma, now: NOW, limit: 1 });
    expect(overview.items.map((i) => i.name)).toEqual(['Anna tom']);
    expect(overview.incomplete).toBe(3);
  });

  it("shows a provider its own organisation's measures only", async () => {
    const overview = await getCompletenessOverview(actors.provider, { prisma: db.prisma, now: NOW });
    expect(overview).toMatchObject({ published: 2, complete: 1, confirmed: 1, neverConfirmed: 0, incomplete: 1 });
    expect(overview.items.map((i) => i.id)).toEqual([ids.nesten]);
  });

  it('counts a confirmation as current until the interval has passed', async () => {
    // Seven months later the June confirmation is stale as well.
    const later = await getCompletenessOverview(actors.editor, { prisma: db.prisma, now: new Date('2027-01-15T10:00:00Z') });
    expect(later.confirmed).toBe(0);
  });
});
