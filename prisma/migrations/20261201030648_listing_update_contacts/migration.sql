-- CreateEnum
CREATE TYPE "Language" AS ENUM ('nb', 'nn', 'en');

-- AlterTable
ALTER TABLE "measure" ADD COLUMN     "updates_email" TEXT;

-- AlterTable
ALTER TABLE "provider" ADD COLUMN     "updates_email" TEXT,
ADD COLUMN     "updates_language" "Language" NOT NULL DEFAULT 'nb';
