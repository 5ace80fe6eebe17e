-- The words of a task and of a directive, stored with the row (generated, so every write keeps
-- them) and indexed, instead of an index on the expression. A search that matches thousands of
-- rows ranks them all: with the expression, PostgreSQL computed search_document() again for
-- every matching row (unaccent, to_tsvector), 370 of the 420 ms of "kiem tra bao chi" over a
-- million tasks. lib/search/documents.ts reads these columns; the other, smaller tables keep
-- their expression indexes. Not in the drizzle schema on purpose: a select of whole rows need
-- not carry them.
ALTER TABLE "tasks" ADD COLUMN IF NOT EXISTS "search_vector" tsvector
  GENERATED ALWAYS AS (public.search_document("title", coalesce("description", '') || ' ' || coalesce("expected_output", ''))) STORED;--> statement-breakpoint
DROP INDEX IF EXISTS "tasks_search_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "tasks_search_idx" ON "tasks" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN IF NOT EXISTS "search_vector" tsvector
  GENERATED ALWAYS AS (public.search_document("text", "issuer_name")) STORED;--> statement-breakpoint
DROP INDEX IF EXISTS "directives_search_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "directives_search_idx" ON "directives" USING gin ("search_vector");
