import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/lib/db/seed';
import { createRandom, generateSyntheticCatalogue } from '@/lib/db/synthetic';
import { createPGliteDatabase, type TestDatabase } from '../helpers/db';

describe('db:synthetic on pglite', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createPGliteDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const catalogue = () =>
    db.prisma.measure.findMany({
      where: { slug: { startsWith: 'syn-' } },
      orderBy: { slug: 'asc' },
      select: { slug: true, name: true, summary: true, kind: true, ageMin: true, ageMax: true, districts: true },
    });

  it('generates the requested number of published measures with valid facts', async () => {
    const result = await generateSyntheticCatalogue(db.prisma, { count: 500, seed: 7 });
    expect(result.measures).toBe(500);
    expect(result.providers).toBe(25);
    expect(await db.prisma.measure.count({ where: { status: 'PUBLISHED', slug: { startsWith: 'syn-' } } })).toBe(500);

    const rows = await catalogue();
    expect(new Set(rows.map((r) => r.name)).size).toBeGreaterThan(100);
    for (const r of rows) {
      if (r.ageMin !== null && r.ageMax !== null) expect(r.ageMin).toBeLessThanOrEqual(r.ageMax);
    }
    // Unknown stays representable: some measures have no district and some null facts.
    expect(rows.some((r) => r.districts.length === 0)).toBe(true);
    expect(await db.prisma.measure.count({ where: { slug: { startsWith: 'syn-' }, referralRequired: null } })).toBeGreaterThan(0);

    const withHours = await db.prisma.measure.count({ where: { slug: { startsWith: 'syn-' }, openingHours: { some: {} } } });
    expect(withHours).toBeGreaterThan(300);
    expect(withHours).toBeLessThan(420);
    expect(await db.prisma.measure.count({ where: { openingHours: { some: {} }, hoursPlaceholder: false } })).toBe(0);
  });

  it('is deterministic for a seed and replaces the previous synthetic catalogue', async () => {
    const first = await catalogue();
    await generateSyntheticCatalogue(db.prisma, { count: 500, seed: 7 });
    const second = await catalogue();
    expect(second).toEqual(first);
    expect(await db.prisma.provider.count({ where: { slug: { startsWith: 'syn-' } } })).toBe(25);

    await generateSyntheticCatalogue(db.prisma, { count: 500, seed: 8 });
    const other = await catalogue();
    expect(other.map((r) => r.name)).not.toEqual(first.map((r) => r.name));
  });

  it('leaves the real demo data alone', async () => {
    const { measures } = await seedDemoData(db.prisma);
    await generateSyntheticCatalogue(db.prisma, { count: 50 });
    expect(await db.prisma.measure.count({ where: { slug: { not: { startsWith: 'syn-' } } } })).toBe(measures);
  });

  it('has a seeded random source that repeats', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
