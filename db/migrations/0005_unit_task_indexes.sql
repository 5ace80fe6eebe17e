DROP INDEX "task_coordinators_agency_idx";--> statement-breakpoint
CREATE INDEX "task_coordinators_agency_task_idx" ON "task_coordinators" USING btree ("agency_id","task_id");--> statement-breakpoint
CREATE INDEX "tasks_lead_id_idx" ON "tasks" USING btree ("lead_agency_id","id");