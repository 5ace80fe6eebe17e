DROP INDEX "tasks_lead_unreported_idx";--> statement-breakpoint
CREATE INDEX "task_events_returned_idx" ON "task_events" USING btree ("task_id") WHERE "task_events"."kind" = 'returned';--> statement-breakpoint
CREATE INDEX "tasks_lead_unreported_idx" ON "tasks" USING btree ("lead_agency_id","id") WHERE "tasks"."completed_on" is null and "tasks"."completion_reported_at" is null;