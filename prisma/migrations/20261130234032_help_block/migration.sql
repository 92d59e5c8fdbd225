-- CreateTable
CREATE TABLE "help_block" (
    "locale" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "intro" TEXT,
    "entries" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "help_block_pkey" PRIMARY KEY ("locale")
);

-- One row per language of the site; no other row is ever read.
ALTER TABLE "help_block" ADD CONSTRAINT "help_block_locale_check" CHECK ("locale" IN ('nb', 'nn', 'en'));
