DROP INDEX IF EXISTS "invitations_agency_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "conferences_live_status_published_idx" ON "conferences" USING btree ("status","published_to_all","id") WHERE "conferences"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "invitations_agency_conference_idx" ON "invitations" USING btree ("agency_id","conference_id");