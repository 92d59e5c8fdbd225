-- AlterTable
ALTER TABLE "news_item" ADD COLUMN     "body_en" TEXT,
ADD COLUMN     "body_nn" TEXT,
ADD COLUMN     "title_en" TEXT,
ADD COLUMN     "title_nn" TEXT;

-- AlterTable
ALTER TABLE "provider" ADD COLUMN     "description_en" TEXT,
ADD COLUMN     "description_nn" TEXT;
