-- task_agencies is derived data: its triggers fire under session_replication_role = replica too,
-- which the scale-data generator sets to skip foreign-key checks and which had left it empty.
ALTER TABLE "tasks" ENABLE ALWAYS TRIGGER "task_agencies_tasks_inserted";--> statement-breakpoint
ALTER TABLE "tasks" ENABLE ALWAYS TRIGGER "task_agencies_tasks_updated";--> statement-breakpoint
ALTER TABLE "task_coordinators" ENABLE ALWAYS TRIGGER "task_agencies_coordinators_added";--> statement-breakpoint
ALTER TABLE "task_coordinators" ENABLE ALWAYS TRIGGER "task_agencies_coordinators_removed";--> statement-breakpoint
ALTER TABLE "task_coordinators" ENABLE ALWAYS TRIGGER "task_agencies_coordinators_updated_out";--> statement-breakpoint
ALTER TABLE "task_coordinators" ENABLE ALWAYS TRIGGER "task_agencies_coordinators_updated_in";--> statement-breakpoint
-- Tasks loaded while they did not fire.
INSERT INTO "task_agencies" ("agency_id", "task_id", "deadline")
  SELECT lead_agency_id, id, deadline FROM tasks
  UNION
  SELECT c.agency_id, c.task_id, t.deadline FROM task_coordinators c JOIN tasks t ON t.id = c.task_id
  ON CONFLICT DO NOTHING;
