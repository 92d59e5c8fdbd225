-- CreateEnum
CREATE TYPE "ConfirmationKind" AS ENUM ('SCHEDULED', 'MANUAL');

-- CreateEnum
CREATE TYPE "ConfirmationAnswer" AS ENUM ('CONFIRMED', 'CHANGED');

-- CreateTable
CREATE TABLE "confirmation_request" (
    "id" UUID NOT NULL,
    "provider_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "kind" "ConfirmationKind" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "sent_at" TIMESTAMP(3),
    "reminder_sent_at" TIMESTAMP(3),
    "used_at" TIMESTAMP(3),
    "requested_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "confirmation_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "confirmation_item" (
    "request_id" UUID NOT NULL,
    "measure_id" UUID NOT NULL,
    "due_on" DATE NOT NULL,
    "answer" "ConfirmationAnswer",
    "answered_at" TIMESTAMP(3),
    "unanswered_at" TIMESTAMP(3),
    "change_request_id" UUID,

    CONSTRAINT "confirmation_item_pkey" PRIMARY KEY ("request_id","measure_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "confirmation_request_token_hash_key" ON "confirmation_request"("token_hash");

-- CreateIndex
CREATE INDEX "confirmation_request_provider_id_idx" ON "confirmation_request"("provider_id");

-- CreateIndex
CREATE INDEX "confirmation_request_used_at_sent_at_idx" ON "confirmation_request"("used_at", "sent_at");

-- CreateIndex
CREATE INDEX "confirmation_item_measure_id_idx" ON "confirmation_item"("measure_id");

-- AddForeignKey
ALTER TABLE "confirmation_request" ADD CONSTRAINT "confirmation_request_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "confirmation_request" ADD CONSTRAINT "confirmation_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "confirmation_item" ADD CONSTRAINT "confirmation_item_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "confirmation_request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "confirmation_item" ADD CONSTRAINT "confirmation_item_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
