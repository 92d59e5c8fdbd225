import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate` here; migrations are applied by
// scripts/migrate.ts. The URL is read only when a CLI command needs a database.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
