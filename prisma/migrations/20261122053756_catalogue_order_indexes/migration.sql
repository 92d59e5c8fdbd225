-- DropIndex
DROP INDEX "measure_status_idx";

-- CreateIndex
CREATE INDEX "measure_status_name_idx" ON "measure"("status", "name");

-- CreateIndex
CREATE INDEX "measure_status_updated_at_idx" ON "measure"("status", "updated_at");
