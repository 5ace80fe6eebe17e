ALTER TABLE "conferences" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conferences" ADD COLUMN "deleted_by_id" integer;--> statement-breakpoint
ALTER TABLE "conferences" ADD COLUMN "check_in_override_reason" text;--> statement-breakpoint
ALTER TABLE "conferences" ADD COLUMN "check_in_override_by_id" integer;--> statement-breakpoint
ALTER TABLE "conferences" ADD COLUMN "check_in_override_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_deleted_by_id_users_id_fk" FOREIGN KEY ("deleted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_check_in_override_by_id_users_id_fk" FOREIGN KEY ("check_in_override_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conferences_deleted_idx" ON "conferences" USING btree ("deleted_at" DESC NULLS LAST) WHERE "conferences"."deleted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "conferences_deleted_by_idx" ON "conferences" USING btree ("deleted_by_id");--> statement-breakpoint
CREATE INDEX "conferences_check_in_override_by_idx" ON "conferences" USING btree ("check_in_override_by_id");--> statement-breakpoint
-- Hand-written (before the index it makes possible): a conference whose minutes or conclusion
-- notice were issued twice (a double submit took a second number) keeps the first; the later
-- copies are marked withdrawn, keeping their numbers, with the reason below.
UPDATE "issued_documents" AS later SET "withdrawn_at" = now(), "withdraw_reason" = 'Cấp trùng số cho cùng một văn bản của hội nghị (thu hồi khi nâng cấp)'
WHERE later."withdrawn_at" IS NULL AND later."conference_id" IS NOT NULL AND later."kind" IN ('minutes', 'conclusion_notice')
  AND EXISTS (SELECT 1 FROM "issued_documents" AS earlier WHERE earlier."conference_id" = later."conference_id" AND earlier."kind" = later."kind"
    AND earlier."withdrawn_at" IS NULL AND earlier."id" < later."id");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_one_per_conference" ON "issued_documents" USING btree ("conference_id","kind") WHERE "issued_documents"."withdrawn_at" IS NULL AND "issued_documents"."conference_id" IS NOT NULL AND "issued_documents"."kind" IN ('minutes', 'conclusion_notice');--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_deleted_by" CHECK ("conferences"."deleted_at" IS NULL OR "conferences"."deleted_by_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_check_in_override_reason" CHECK ("conferences"."check_in_override_at" IS NULL OR "conferences"."check_in_override_reason" IS NOT NULL);