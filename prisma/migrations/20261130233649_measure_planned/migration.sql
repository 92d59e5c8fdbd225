-- AlterTable
ALTER TABLE "measure" ADD COLUMN     "planned" BOOLEAN NOT NULL DEFAULT false;
