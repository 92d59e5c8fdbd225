import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from '../../scripts/lib/schema-engine';
import { databaseKinds, type TestDatabase } from '../helpers/db';
import { actualShape, expectedShape, type SchemaShape } from '../helpers/schema-shape';

// The migrations in prisma/migrations are written (or generated) by hand, so nothing
// but this test stops them from drifting away from prisma/schema.prisma.
describe.each(databaseKinds)('the migrated $kind database matches schema.prisma', ({ create }) => {
  let db: TestDatabase;
  let expected: SchemaShape;
  let actual: SchemaShape;
  beforeAll(async () => {
    db = await create();
    [expected, actual] = await Promise.all([expectedShape(), actualShape(db.sql)]);
  });
  afterAll(() => db?.close());

  it('has exactly the enums of the schema, with the same values in order', () => {
    expect(actual.enums).toEqual(expected.enums);
  });

  it('has exactly the tables of the schema', () => {
    expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
    expect(Object.keys(expected.tables).length).toBeGreaterThanOrEqual(6);
  });

  it('has every field as a column of the same type, nullability and default, and no others', () => {
    for (const [name, table] of Object.entries(expected.tables)) {
      expect({ table: name, columns: actual.tables[name]?.columns }).toEqual({ table: name, columns: table.columns });
    }
  });

  it('has the same primary keys, unique constraints, indexes and relations', () => {
    for (const [name, table] of Object.entries(expected.tables)) {
      const { columns: _a, ...actualRest } = actual.tables[name] ?? { columns: {} };
      const { columns: _e, ...expectedRest } = table;
      expect({ table: name, ...actualRest }).toEqual({ table: name, ...expectedRest });
    }
  });
});

describe("Prisma's schema engine", () => {
  it('finds nothing to change between prisma/migrations and schema.prisma', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });
});
