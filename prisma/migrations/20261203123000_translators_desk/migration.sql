-- The translator's desk (issue 17, decision 021): glossary, translation memory, machine drafts.
-- Trigram similarity for the memory's fuzzy matches: pg_trgm ships with PostgreSQL's contrib (Debian's postgresql-15
-- package and the embedded PostgreSQL 18 both have it).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";


-- CreateEnum
CREATE TYPE "GlossaryStatus" AS ENUM ('proposed', 'approved');

-- CreateEnum
CREATE TYPE "MemoryOrigin" AS ENUM ('article', 'imported');

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" TEXT NOT NULL,
    "status" "GlossaryStatus" NOT NULL DEFAULT 'approved',
    "doNotTranslate" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "proposedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "entryId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "term" TEXT NOT NULL,
    "variants" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("entryId","locale")
);

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" TEXT NOT NULL,
    "origin" "MemoryOrigin" NOT NULL,
    "articleId" TEXT,
    "segment" TEXT NOT NULL DEFAULT 'block',
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryVariant" (
    "unitId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "MemoryVariant_pkey" PRIMARY KEY ("unitId","locale")
);

-- CreateTable
CREATE TABLE "MachineDraft" (
    "translationId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "segments" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MachineDraft_pkey" PRIMARY KEY ("translationId")
);

-- CreateIndex
CREATE INDEX "GlossaryEntry_status_idx" ON "GlossaryEntry"("status");

-- CreateIndex
CREATE INDEX "GlossaryTerm_locale_idx" ON "GlossaryTerm"("locale");

-- CreateIndex
CREATE INDEX "MemoryUnit_articleId_idx" ON "MemoryUnit"("articleId");

-- CreateIndex
CREATE INDEX "MemoryUnit_contentHash_idx" ON "MemoryUnit"("contentHash");

-- CreateIndex
CREATE INDEX "MemoryVariant_text_idx" ON "MemoryVariant" USING GIN ("text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTerm" ADD CONSTRAINT "GlossaryTerm_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "GlossaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryUnit" ADD CONSTRAINT "MemoryUnit_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryVariant" ADD CONSTRAINT "MemoryVariant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "MemoryUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MachineDraft" ADD CONSTRAINT "MachineDraft_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ArticleTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

