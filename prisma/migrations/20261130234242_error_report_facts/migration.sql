-- AlterTable
ALTER TABLE "error_report" ADD COLUMN     "facts" TEXT[] DEFAULT ARRAY[]::TEXT[];
