-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "contentFingerprint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "minorEdit" BOOLEAN NOT NULL DEFAULT false;
