// npm run db:synthetic -- --count 10000 [--seed 1]
// Migrates the configured database (DATABASE_URL or PGLITE_DATA_DIR), then replaces the
// synthetic benchmark catalogue (slugs starting with `syn-`) with `count` measures.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase, targetFromEnv } from '../lib/db/connection';
import { migrate } from '../lib/db/migrate';
import { generateSyntheticCatalogue } from '../lib/db/synthetic';

// Arguments arrive as strings; an absent --count should say "required", not "NaN".
const integer = z.string({ error: 'is required' }).regex(/^\d+$/, 'must be a whole number').transform(Number);
const argsSchema = z.object({
  count: integer.pipe(z.number().min(1).max(200_000)),
  seed: integer.pipe(z.number().min(0).max(2 ** 32 - 1)).default(1),
});

function readArgs() {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid arguments:\n${problems}\nUsage: npm run db:synthetic -- --count N [--seed N]  (N from 1 to 200000)`);
  }
  return parsed.data;
}

async function main() {
  const { count, seed } = readArgs();
  // Imported here so an invalid environment is reported by the catch below, not as a crash.
  const { env } = await import('../lib/env');
  const db = openDatabase(targetFromEnv(env));
  try {
    await migrate(db.sql);
    const started = performance.now();
    const result = await generateSyntheticCatalogue(db.prisma, { count, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Generated ${result.measures} synthetic measures (${result.providers} providers, ${result.locations} locations, ` +
        `${result.openingHours} opening-hours rows) with seed ${seed} in ${seconds} s.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`Synthetic data failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
