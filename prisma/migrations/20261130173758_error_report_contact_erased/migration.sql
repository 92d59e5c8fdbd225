-- AlterTable
ALTER TABLE "error_report" ADD COLUMN     "contact_erased_at" TIMESTAMP(3);
