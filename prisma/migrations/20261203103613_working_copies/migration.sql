-- CreateEnum
CREATE TYPE "ChangesState" AS ENUM ('editing', 'in_review', 'scheduled');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT;

-- CreateTable
CREATE TABLE "WorkingCopy" (
    "translationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "seoDescription" TEXT NOT NULL DEFAULT '',
    "coverAlt" TEXT,
    "contentFingerprint" TEXT NOT NULL DEFAULT '',
    "sourceFingerprint" TEXT,
    "state" "ChangesState" NOT NULL DEFAULT 'editing',
    "scheduledAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkingCopy_pkey" PRIMARY KEY ("translationId")
);

-- CreateIndex
CREATE INDEX "WorkingCopy_state_scheduledAt_idx" ON "WorkingCopy"("state", "scheduledAt");

-- AddForeignKey
ALTER TABLE "WorkingCopy" ADD CONSTRAINT "WorkingCopy_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ArticleTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingCopy" ADD CONSTRAINT "WorkingCopy_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
