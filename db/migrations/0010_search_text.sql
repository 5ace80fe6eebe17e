-- Search (issue 15), written by hand: PostgreSQL does the matching itself, the same on
-- PostgreSQL 15 and PGlite (which loads the three extensions: db/client.ts pgliteOptions()).
-- The expressions indexed here must stay identical to lib/search/documents.ts, which the
-- queries use; lib/search/search.test.ts checks with EXPLAIN that every kind uses its index.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public;--> statement-breakpoint

-- "Thông tư 04/2012/TT-BTTTT" → "thong tu 04 2012 tt btttt": NFC, diacritics off (đ → d), lower
-- case, every run of other characters one space. unaccent() is only STABLE (its dictionary could
-- change); this wrapper names the dictionary and is declared IMMUTABLE so indexes may use it.
-- lib/search/query.ts foldSearchText() folds a typed search the same way.
CREATE OR REPLACE FUNCTION public.search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, normalize(coalesce(value, ''), NFC))), '[^a-z0-9]+', ' ', 'g')) $$;--> statement-breakpoint

-- A record's words for full-text search with the 'simple' configuration (no stemming, no stop
-- words: Vietnamese syllables are words of their own), the title weighted above the body.
CREATE OR REPLACE FUNCTION public.search_document(title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('simple'::regconfig, public.search_fold(title)), 'A') || setweight(to_tsvector('simple'::regconfig, public.search_fold(body)), 'B') $$;--> statement-breakpoint

CREATE INDEX IF NOT EXISTS "conferences_search_idx" ON "conferences" USING gin (public.search_document("title", coalesce("venue", '') || ' ' || coalesce("notes", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "directives_search_idx" ON "directives" USING gin (public.search_document("text", "issuer_name"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tasks_search_idx" ON "tasks" USING gin (public.search_document("title", coalesce("description", '') || ' ' || coalesce("expected_output", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "legal_documents_search_idx" ON "legal_documents" USING gin (public.search_document("symbol" || ' ' || coalesce("title", ''), coalesce("issuing_body", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "indicators_search_idx" ON "indicators" USING gin (public.search_document("name_vi" || ' ' || "code", coalesce("name_en", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "issued_documents_search_idx" ON "issued_documents" USING gin (public.search_document("symbol" || ' ' || "title", coalesce("signer_name", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "agencies_search_idx" ON "agencies" USING gin (public.search_document("name" || ' ' || coalesce("short_name", ''), coalesce("code", '')));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "people_search_idx" ON "people" USING gin (public.search_document("full_name", coalesce("position", '') || ' ' || coalesce("email", '')));--> statement-breakpoint

-- The words in use (four letters or more), to correct a typo in a searched word: a word that
-- no word in use begins with also matches the words in use one edit away (lib/search/typos.ts). Trigram
-- index for the "similar to" look-up. Kept by triggers; search_words_rebuild() refills it after
-- a bulk load that ran with triggers off (the scale-data generator).
CREATE TABLE IF NOT EXISTS "search_words" ("word" text PRIMARY KEY);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_words_trgm_idx" ON "search_words" USING gin ("word" public.gin_trgm_ops);--> statement-breakpoint

CREATE OR REPLACE FUNCTION public.search_words_add(texts text) RETURNS void
  LANGUAGE sql
  AS $$ INSERT INTO public.search_words (word)
    SELECT DISTINCT word FROM regexp_split_to_table(public.search_fold(texts), ' ') AS word WHERE word ~ '^[a-z]{4,}$'
    ON CONFLICT DO NOTHING $$;--> statement-breakpoint

-- Row trigger: the trigger's arguments name the columns whose words are collected.
CREATE OR REPLACE FUNCTION public.search_words_collect() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  fields jsonb := to_jsonb(NEW);
  texts text := '';
  field text;
BEGIN
  FOREACH field IN ARRAY TG_ARGV LOOP
    texts := texts || ' ' || coalesce(fields ->> field, '');
  END LOOP;
  PERFORM public.search_words_add(texts);
  RETURN NULL;
END $$;--> statement-breakpoint

DROP TRIGGER IF EXISTS "search_words_conferences" ON "conferences";--> statement-breakpoint
CREATE TRIGGER "search_words_conferences" AFTER INSERT OR UPDATE OF "title", "venue", "notes" ON "conferences"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('title', 'venue', 'notes');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_directives" ON "directives";--> statement-breakpoint
CREATE TRIGGER "search_words_directives" AFTER INSERT OR UPDATE OF "text", "issuer_name" ON "directives"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('text', 'issuer_name');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_tasks" ON "tasks";--> statement-breakpoint
CREATE TRIGGER "search_words_tasks" AFTER INSERT OR UPDATE OF "title", "description", "expected_output" ON "tasks"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('title', 'description', 'expected_output');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_legal_documents" ON "legal_documents";--> statement-breakpoint
CREATE TRIGGER "search_words_legal_documents" AFTER INSERT OR UPDATE OF "title", "issuing_body" ON "legal_documents"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('title', 'issuing_body');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_indicators" ON "indicators";--> statement-breakpoint
CREATE TRIGGER "search_words_indicators" AFTER INSERT OR UPDATE OF "name_vi", "name_en" ON "indicators"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('name_vi', 'name_en');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_issued_documents" ON "issued_documents";--> statement-breakpoint
CREATE TRIGGER "search_words_issued_documents" AFTER INSERT OR UPDATE OF "title", "signer_name" ON "issued_documents"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('title', 'signer_name');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_agencies" ON "agencies";--> statement-breakpoint
CREATE TRIGGER "search_words_agencies" AFTER INSERT OR UPDATE OF "name", "short_name" ON "agencies"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('name', 'short_name');--> statement-breakpoint
DROP TRIGGER IF EXISTS "search_words_people" ON "people";--> statement-breakpoint
CREATE TRIGGER "search_words_people" AFTER INSERT OR UPDATE OF "full_name", "position" ON "people"
  FOR EACH ROW EXECUTE FUNCTION public.search_words_collect('full_name', 'position');--> statement-breakpoint

CREATE OR REPLACE FUNCTION public.search_words_rebuild() RETURNS void
  LANGUAGE sql
  AS $$ INSERT INTO public.search_words (word)
    SELECT DISTINCT word FROM (
      SELECT title || ' ' || coalesce(venue, '') || ' ' || coalesce(notes, '') AS texts FROM public.conferences
      UNION ALL SELECT text || ' ' || issuer_name FROM public.directives
      UNION ALL SELECT title || ' ' || coalesce(description, '') || ' ' || coalesce(expected_output, '') FROM public.tasks
      UNION ALL SELECT coalesce(title, '') || ' ' || coalesce(issuing_body, '') FROM public.legal_documents
      UNION ALL SELECT name_vi || ' ' || coalesce(name_en, '') FROM public.indicators
      UNION ALL SELECT title || ' ' || coalesce(signer_name, '') FROM public.issued_documents
      UNION ALL SELECT name || ' ' || coalesce(short_name, '') FROM public.agencies
      UNION ALL SELECT full_name || ' ' || coalesce(position, '') FROM public.people
    ) AS records, regexp_split_to_table(public.search_fold(records.texts), ' ') AS word
    WHERE word ~ '^[a-z]{4,}$'
    ON CONFLICT DO NOTHING $$;--> statement-breakpoint

-- Text stored before the forms normalized it: NFC everywhere (decomposed text looks the same but
-- is not found, sorted or compared as the same). The audit log keeps what was recorded.
DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.data_type = 'text' AND c.is_generated = 'NEVER' AND c.table_name <> 'audit_log'
  LOOP
    EXECUTE format('UPDATE %I SET %I = normalize(%I, NFC) WHERE %I IS NOT NFC NORMALIZED', target.table_name, target.column_name, target.column_name, target.column_name);
  END LOOP;
END $$;--> statement-breakpoint

SELECT public.search_words_rebuild();
