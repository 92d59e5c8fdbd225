-- AlterTable
ALTER TABLE "measure" ADD COLUMN     "description_en" TEXT,
ADD COLUMN     "description_nn" TEXT,
ADD COLUMN     "how_to_start_en" TEXT,
ADD COLUMN     "how_to_start_nn" TEXT,
ADD COLUMN     "name_en" TEXT,
ADD COLUMN     "name_nn" TEXT,
ADD COLUMN     "summary_en" TEXT,
ADD COLUMN     "summary_nn" TEXT;

-- CreateTable
CREATE TABLE "error_report" (
    "id" UUID NOT NULL,
    "measure_id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "contact_name" TEXT,
    "contact" TEXT,
    "locale" TEXT NOT NULL,
    "handled_at" TIMESTAMP(3),
    "handled_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "error_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "error_report_handled_at_created_at_idx" ON "error_report"("handled_at", "created_at");

-- CreateIndex
CREATE INDEX "error_report_measure_id_idx" ON "error_report"("measure_id");

-- AddForeignKey
ALTER TABLE "error_report" ADD CONSTRAINT "error_report_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "error_report" ADD CONSTRAINT "error_report_handled_by_id_fkey" FOREIGN KEY ("handled_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
