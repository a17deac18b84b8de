-- The public edition (issue 15): pages as a kind of article, author pages, photo credits, home-page pins.

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('article', 'page');

-- CreateEnum
CREATE TYPE "PagePlacement" AS ENUM ('masthead', 'footer', 'unlisted');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "kind" "ArticleKind" NOT NULL DEFAULT 'article',
ADD COLUMN     "placement" "PagePlacement" NOT NULL DEFAULT 'footer',
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable (hand-written): authors already in the database get a stable placeholder slug, unique per language,
-- which editors can replace with a readable one; new authors get theirs from their name.
ALTER TABLE "AuthorTranslation" ADD COLUMN     "slug" TEXT;
UPDATE "AuthorTranslation" SET "slug" = 'author-' || substr(md5("authorId" || ':' || "locale"::text), 1, 12);
ALTER TABLE "AuthorTranslation" ALTER COLUMN "slug" SET NOT NULL;

-- AlterTable
ALTER TABLE "MediaTranslation" ADD COLUMN     "credit" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "HomePin" (
    "locale" "Locale" NOT NULL,
    "articleId" TEXT NOT NULL,
    "pinnedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HomePin_pkey" PRIMARY KEY ("locale")
);

-- CreateIndex
CREATE INDEX "Article_kind_idx" ON "Article"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "AuthorTranslation_locale_slug_key" ON "AuthorTranslation"("locale", "slug");

-- AddForeignKey
ALTER TABLE "HomePin" ADD CONSTRAINT "HomePin_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HomePin" ADD CONSTRAINT "HomePin_pinnedById_fkey" FOREIGN KEY ("pinnedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
