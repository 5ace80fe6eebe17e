CREATE TABLE "document_drafts" (
	"conference_id" integer NOT NULL,
	"kind" "official_document_kind" NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_drafts_conference_id_kind_pk" PRIMARY KEY("conference_id","kind")
);
--> statement-breakpoint
-- Hand-written: the minutes drafts move over with their versions before the old table goes.
INSERT INTO "document_drafts" ("conference_id", "kind", "content", "version", "updated_by_id", "updated_at")
SELECT "conference_id", 'minutes', "content", "version", "updated_by_id", "updated_at" FROM "minutes_drafts";--> statement-breakpoint
DROP TABLE "minutes_drafts" CASCADE;--> statement-breakpoint
ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_drafts" ADD CONSTRAINT "document_drafts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_drafts_updated_by_idx" ON "document_drafts" USING btree ("updated_by_id");