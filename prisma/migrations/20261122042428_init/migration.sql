-- CreateEnum
CREATE TYPE "ProviderType" AS ENUM ('MUNICIPAL', 'NAV', 'NON_PROFIT', 'VOLUNTARY', 'USER_ORGANISATION', 'PRIVATE', 'STATE');

-- CreateEnum
CREATE TYPE "MeasureKind" AS ENUM ('ACTIVITY', 'WORK', 'LOW_THRESHOLD_CENTRE', 'ESCORT_SERVICE', 'FOR_RELATIVES', 'YOUTH_FOLLOW_UP', 'HEALTH_SERVICE');

-- CreateEnum
CREATE TYPE "ContentCategory" AS ENUM ('PHYSICAL_ACTIVITY', 'OUTDOORS', 'MUSIC', 'CREATIVE', 'SOCIAL_MEETING_PLACE', 'COURSES', 'SELF_HELP_PEER_SUPPORT', 'INDIVIDUAL_FOLLOW_UP', 'WORK_TRAINING', 'JOB_SUPPORT', 'EDUCATION', 'HEALTH_CARE', 'HARM_REDUCTION');

-- CreateEnum
CREATE TYPE "District" AS ENUM ('ARNA', 'BERGENHUS', 'FANA', 'FYLLINGSDALEN', 'LAKSEVAG', 'YTREBYGDA', 'ARSTAD', 'ASANE');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('ALL', 'WOMEN', 'MEN');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('USERS', 'RELATIVES', 'YOUNG_PEOPLE');

-- CreateEnum
CREATE TYPE "SobrietyRule" AS ENUM ('NONE', 'NOT_INTOXICATED', 'DRUG_FREE');

-- CreateEnum
CREATE TYPE "HoursStatus" AS ENUM ('UNKNOWN', 'REGULAR', 'BY_APPOINTMENT', 'ALWAYS_OPEN');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "provider" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ProviderType" NOT NULL,
    "description" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measure" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT,
    "kind" "MeasureKind" NOT NULL,
    "categories" "ContentCategory"[],
    "districts" "District"[],
    "citywide" BOOLEAN,
    "age_min" INTEGER,
    "age_max" INTEGER,
    "gender" "Gender",
    "target_groups" "TargetGroup"[],
    "referral_required" BOOLEAN,
    "referral_from" TEXT,
    "application_required" BOOLEAN,
    "sobriety_rule" "SobrietyRule",
    "drop_in" BOOLEAN,
    "anonymous" BOOLEAN,
    "free_of_charge" BOOLEAN,
    "price_text" TEXT,
    "companion_welcome" BOOLEAN,
    "wheelchair_accessible" BOOLEAN,
    "how_to_start" TEXT,
    "contact_name" TEXT,
    "contact_phone" TEXT,
    "contact_email" TEXT,
    "website" TEXT,
    "hours_status" "HoursStatus" NOT NULL DEFAULT 'UNKNOWN',
    "hours_placeholder" BOOLEAN NOT NULL DEFAULT false,
    "source_note" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "last_verified_at" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "provider_id" UUID NOT NULL,

    CONSTRAINT "measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "location" (
    "id" UUID NOT NULL,
    "measure_id" UUID NOT NULL,
    "name" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "city" TEXT,
    "district" "District",
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "placeholder" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opening_hours" (
    "id" UUID NOT NULL,
    "measure_id" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opens_at" INTEGER NOT NULL,
    "closes_at" INTEGER NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "opening_hours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opening_exception" (
    "id" UUID NOT NULL,
    "measure_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "closed" BOOLEAN NOT NULL,
    "opens_at" INTEGER,
    "closes_at" INTEGER,
    "note" TEXT,

    CONSTRAINT "opening_exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "news_item" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "published_at" TIMESTAMP(3) NOT NULL,
    "measure_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "news_item_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "provider_slug_key" ON "provider"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "measure_slug_key" ON "measure"("slug");

-- CreateIndex
CREATE INDEX "measure_status_idx" ON "measure"("status");

-- CreateIndex
CREATE INDEX "measure_provider_id_idx" ON "measure"("provider_id");

-- CreateIndex
CREATE INDEX "location_measure_id_idx" ON "location"("measure_id");

-- CreateIndex
CREATE INDEX "opening_hours_measure_id_weekday_idx" ON "opening_hours"("measure_id", "weekday");

-- CreateIndex
CREATE INDEX "opening_exception_measure_id_start_date_idx" ON "opening_exception"("measure_id", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "news_item_slug_key" ON "news_item"("slug");

-- CreateIndex
CREATE INDEX "news_item_status_published_at_idx" ON "news_item"("status", "published_at");

-- AddForeignKey
ALTER TABLE "measure" ADD CONSTRAINT "measure_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location" ADD CONSTRAINT "location_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opening_exception" ADD CONSTRAINT "opening_exception_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_item" ADD CONSTRAINT "news_item_measure_id_fkey" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks Prisma's schema language cannot express; they keep impossible values out
-- whatever writes to the database.
ALTER TABLE "measure" ADD CONSTRAINT "measure_age_range_check"
  CHECK ("age_min" IS NULL OR "age_max" IS NULL OR "age_min" <= "age_max");
ALTER TABLE "measure" ADD CONSTRAINT "measure_age_bounds_check"
  CHECK (("age_min" IS NULL OR "age_min" BETWEEN 0 AND 120) AND ("age_max" IS NULL OR "age_max" BETWEEN 0 AND 120));
ALTER TABLE "measure" ADD CONSTRAINT "measure_version_check" CHECK ("version" >= 1);
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_times_check"
  CHECK ("opens_at" BETWEEN 0 AND 1439 AND "closes_at" BETWEEN 1 AND 1440);
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_season_check"
  CHECK ("valid_from" IS NULL OR "valid_to" IS NULL OR "valid_from" <= "valid_to");
ALTER TABLE "opening_exception" ADD CONSTRAINT "opening_exception_dates_check" CHECK ("start_date" <= "end_date");
ALTER TABLE "opening_exception" ADD CONSTRAINT "opening_exception_times_check"
  CHECK ("closed" OR ("opens_at" BETWEEN 0 AND 1439 AND "closes_at" BETWEEN 1 AND 1440));
