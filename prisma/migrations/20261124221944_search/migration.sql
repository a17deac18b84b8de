-- AlterTable
ALTER TABLE "ArticleTranslation" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "ArticleTranslation_searchVector_idx" ON "ArticleTranslation" USING GIN ("searchVector");

-- Turkmen has no stemmer in PostgreSQL; its configuration folds the Turkmen letters (ç ä ž ň ö ş ü ý → c a z n o s
-- u y) with unaccent, so a reader typing on a keyboard without them still finds the text, and the other way round.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE TEXT SEARCH CONFIGURATION "habar_turkmen" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "habar_turkmen"
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;

-- The text-search configuration of each language.
CREATE FUNCTION "habar_search_config"(locale "Locale") RETURNS regconfig AS $$
  SELECT CASE locale
    WHEN 'ru' THEN 'pg_catalog.russian'::regconfig
    WHEN 'en' THEN 'pg_catalog.english'::regconfig
    ELSE 'public.habar_turkmen'::regconfig
  END
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- The plain text of a Tiptap document: every "text" value, in document order.
CREATE FUNCTION "habar_body_text"(body jsonb) RETURNS text AS $$
  SELECT coalesce(string_agg(value #>> '{}', ' '), '') FROM jsonb_path_query(body, 'strict $.**.text') AS value
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

-- The index is kept by the database: title weighs over summary over body.
CREATE FUNCTION "article_translation_search_vector"() RETURNS trigger AS $$
DECLARE
  config regconfig := "habar_search_config"(NEW."locale");
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(config, coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector(config, coalesce(NEW."summary", '')), 'B') ||
    setweight(to_tsvector(config, "habar_body_text"(NEW."body")), 'C');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ArticleTranslation_search_vector"
  BEFORE INSERT OR UPDATE OF "title", "summary", "body", "locale" ON "ArticleTranslation"
  FOR EACH ROW EXECUTE FUNCTION "article_translation_search_vector"();

UPDATE "ArticleTranslation" SET "title" = "title";
