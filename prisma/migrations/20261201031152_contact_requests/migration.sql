-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('WAITING', 'DELIVERED', 'FAILED', 'EXPIRED');

-- AlterTable
ALTER TABLE "measure" ADD COLUMN     "accepts_contact_requests" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "contact_request" (
    "id" UUID NOT NULL,
    "measure_id" UUID NOT NULL,
    "sealed" TEXT,
    "status" "ContactRequestStatus" NOT NULL DEFAULT 'WAITING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL,
    "settled_at" TIMESTAMP(3),

    CONSTRAINT "contact_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_request_status_created_at_idx" ON "contact_request"("status", "created_at");

-- CreateIndex
CREATE INDEX "contact_request_settled_at_idx" ON "contact_request"("settled_at");

-- AddForeignKey
ALTER TABLE "contact_request" ADD CONSTRAINT "contact_request_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
