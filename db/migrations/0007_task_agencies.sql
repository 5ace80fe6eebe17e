CREATE TABLE "task_agencies" (
	"agency_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"deadline" date,
	CONSTRAINT "task_agencies_agency_id_task_id_pk" PRIMARY KEY("agency_id","task_id")
);
--> statement-breakpoint
DROP INDEX "tasks_lead_id_idx";--> statement-breakpoint
ALTER TABLE "task_agencies" ADD CONSTRAINT "task_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD CONSTRAINT "task_agencies_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_agencies_agency_deadline_idx" ON "task_agencies" USING btree ("agency_id","deadline","task_id");--> statement-breakpoint
CREATE INDEX "task_agencies_task_idx" ON "task_agencies" USING btree ("task_id");--> statement-breakpoint
-- task_agencies is derived from tasks and task_coordinators by the statement triggers below
-- (transition tables: one statement per COPY batch or app write, not one per row). An agency
-- that both leads and coordinates a task has one row, which stays while either role does.
CREATE FUNCTION "task_agencies_tasks_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline)
    SELECT lead_agency_id, id, deadline FROM inserted_tasks
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "task_agencies_tasks_inserted" AFTER INSERT ON "tasks"
  REFERENCING NEW TABLE AS inserted_tasks FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_tasks_inserted"();--> statement-breakpoint
CREATE FUNCTION "task_agencies_tasks_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A new lead: the old one keeps the task only if it also coordinates it.
  DELETE FROM task_agencies ta
    USING old_tasks o JOIN new_tasks n ON n.id = o.id
    WHERE o.lead_agency_id <> n.lead_agency_id AND ta.task_id = o.id AND ta.agency_id = o.lead_agency_id
      AND NOT EXISTS (SELECT 1 FROM task_coordinators c WHERE c.task_id = o.id AND c.agency_id = o.lead_agency_id);
  INSERT INTO task_agencies (agency_id, task_id, deadline)
    SELECT n.lead_agency_id, n.id, n.deadline FROM new_tasks n JOIN old_tasks o ON o.id = n.id
    WHERE o.lead_agency_id <> n.lead_agency_id
    ON CONFLICT DO NOTHING;
  -- A new deadline (an approved extension) moves the task in every agency's list.
  UPDATE task_agencies ta SET deadline = n.deadline
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
    WHERE ta.task_id = n.id AND n.deadline IS DISTINCT FROM o.deadline;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "task_agencies_tasks_updated" AFTER UPDATE ON "tasks"
  REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_tasks_updated"();--> statement-breakpoint
CREATE FUNCTION "task_agencies_coordinators_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline)
    SELECT c.agency_id, c.task_id, t.deadline FROM added_coordinators c JOIN tasks t ON t.id = c.task_id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "task_agencies_coordinators_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The agency keeps the task if it leads it (or still coordinates it, after an update of the row).
  DELETE FROM task_agencies ta
    USING removed_coordinators c
    WHERE ta.agency_id = c.agency_id AND ta.task_id = c.task_id
      AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.id = c.task_id AND t.lead_agency_id = c.agency_id)
      AND NOT EXISTS (SELECT 1 FROM task_coordinators k WHERE k.task_id = c.task_id AND k.agency_id = c.agency_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "task_agencies_coordinators_added" AFTER INSERT ON "task_coordinators"
  REFERENCING NEW TABLE AS added_coordinators FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_coordinators_added"();--> statement-breakpoint
CREATE TRIGGER "task_agencies_coordinators_removed" AFTER DELETE ON "task_coordinators"
  REFERENCING OLD TABLE AS removed_coordinators FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_coordinators_removed"();--> statement-breakpoint
-- An update of a coordinator row is a removal and an addition.
CREATE TRIGGER "task_agencies_coordinators_updated_out" AFTER UPDATE ON "task_coordinators"
  REFERENCING OLD TABLE AS removed_coordinators FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_coordinators_removed"();--> statement-breakpoint
CREATE TRIGGER "task_agencies_coordinators_updated_in" AFTER UPDATE ON "task_coordinators"
  REFERENCING NEW TABLE AS added_coordinators FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_coordinators_added"();--> statement-breakpoint
-- The tasks already there.
INSERT INTO "task_agencies" ("agency_id", "task_id", "deadline")
  SELECT lead_agency_id, id, deadline FROM tasks
  UNION
  SELECT c.agency_id, c.task_id, t.deadline FROM task_coordinators c JOIN tasks t ON t.id = c.task_id;
