-- CreateEnum
CREATE TYPE "RedirectSource" AS ENUM ('manual', 'csv', 'wordpress');

-- CreateEnum
CREATE TYPE "ImportedKind" AS ENUM ('post', 'attachment', 'category', 'tag', 'author');

-- CreateTable
CREATE TABLE "Redirect" (
    "id" TEXT NOT NULL,
    "fromPath" TEXT NOT NULL,
    "toPath" TEXT,
    "translationId" TEXT,
    "mediaId" TEXT,
    "source" "RedirectSource" NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "lastHitAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Redirect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportedItem" (
    "source" TEXT NOT NULL,
    "kind" "ImportedKind" NOT NULL,
    "externalId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "importedVersion" INTEGER,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedItem_pkey" PRIMARY KEY ("source","kind","externalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Redirect_fromPath_key" ON "Redirect"("fromPath");

-- CreateIndex
CREATE INDEX "Redirect_toPath_idx" ON "Redirect"("toPath");

-- CreateIndex
CREATE INDEX "Redirect_translationId_idx" ON "Redirect"("translationId");

-- CreateIndex
CREATE INDEX "Redirect_mediaId_idx" ON "Redirect"("mediaId");

-- CreateIndex
CREATE INDEX "ImportedItem_kind_targetId_idx" ON "ImportedItem"("kind", "targetId");

-- AddForeignKey
ALTER TABLE "Redirect" ADD CONSTRAINT "Redirect_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ArticleTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redirect" ADD CONSTRAINT "Redirect_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Redirect" ADD CONSTRAINT "Redirect_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A redirect has exactly one target (the data layer checks this too; the database keeps it true).
ALTER TABLE "Redirect" ADD CONSTRAINT "Redirect_one_target" CHECK (num_nonnulls("toPath", "translationId", "mediaId") = 1);
