CREATE TABLE "api_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"rate_window_started_at" timestamp with time zone,
	"rate_window_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "api_tokens_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "api_tokens_scopes_known" CHECK ("api_tokens"."scopes" <@ ARRAY['read','tasks:write','reports:write','conferences:write']::text[] AND 'read' = ANY("api_tokens"."scopes"))
);
--> statement-breakpoint
ALTER TABLE "legal_documents" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "api_tokens_created_by_idx" ON "api_tokens" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "agencies_updated_idx" ON "agencies" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "conferences_updated_idx" ON "conferences" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "directives_updated_idx" ON "directives" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "legal_documents_updated_idx" ON "legal_documents" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "tasks_updated_idx" ON "tasks" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "indicator_reports_updated_idx" ON "indicator_reports" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "indicators_updated_idx" ON "indicators" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "issued_documents_updated_idx" ON "issued_documents" USING btree ("updated_at","id");--> statement-breakpoint
-- Hand-written below (API sync, issue 19). Existing rows: the time they last changed as far as is known.
UPDATE "legal_documents" SET "updated_at" = "created_at";--> statement-breakpoint
UPDATE "issued_documents" SET "updated_at" = coalesce("withdrawn_at", "issued_at");--> statement-breakpoint
-- Rows whose editors do not set updated_at themselves get it from the database on every update.
CREATE OR REPLACE FUNCTION "api_touch_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "legal_documents_touch" ON "legal_documents";--> statement-breakpoint
CREATE TRIGGER "legal_documents_touch" BEFORE UPDATE ON "legal_documents" FOR EACH ROW EXECUTE FUNCTION "api_touch_updated_at"();--> statement-breakpoint
DROP TRIGGER IF EXISTS "issued_documents_touch" ON "issued_documents";--> statement-breakpoint
CREATE TRIGGER "issued_documents_touch" BEFORE UPDATE ON "issued_documents" FOR EACH ROW EXECUTE FUNCTION "api_touch_updated_at"();--> statement-breakpoint
-- A task's history entry (progress, completion, extension…) is a change of the task for a
-- system that syncs tasks with updated_since; one statement per insert, not one per row.
CREATE OR REPLACE FUNCTION "api_task_events_touch_task"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tasks SET updated_at = now() WHERE id IN (SELECT task_id FROM new_events);
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "task_events_touch_task" ON "task_events";--> statement-breakpoint
CREATE TRIGGER "task_events_touch_task" AFTER INSERT ON "task_events"
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION "api_task_events_touch_task"();--> statement-breakpoint
-- Likewise a report's values: entering a figure changes the report.
CREATE OR REPLACE FUNCTION "api_values_touch_report"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE indicator_reports SET updated_at = now() WHERE id IN (SELECT report_id FROM changed_values);
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS "indicator_values_inserted_touch" ON "indicator_values";--> statement-breakpoint
CREATE TRIGGER "indicator_values_inserted_touch" AFTER INSERT ON "indicator_values"
  REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION "api_values_touch_report"();--> statement-breakpoint
DROP TRIGGER IF EXISTS "indicator_values_updated_touch" ON "indicator_values";--> statement-breakpoint
CREATE TRIGGER "indicator_values_updated_touch" AFTER UPDATE ON "indicator_values"
  REFERENCING NEW TABLE AS changed_values FOR EACH STATEMENT EXECUTE FUNCTION "api_values_touch_report"();
