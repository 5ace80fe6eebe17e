-- task_agencies is derived data (0007): emptied and filled again below with the new copy (as 0017).
TRUNCATE "task_agencies";--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "updated_at" timestamp with time zone NOT NULL;--> statement-breakpoint
-- The triggers of 0007 (as 0017 left them) copy the task's updated_at too.
CREATE OR REPLACE FUNCTION "task_agencies_tasks_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline, completed_on, updated_at, directive_id, conference_id, conference_starts_at)
    SELECT t.lead_agency_id, t.id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at
    FROM inserted_tasks t JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "task_agencies_tasks_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A new lead: the old one keeps the task only if it also coordinates it.
  DELETE FROM task_agencies ta
    USING old_tasks o JOIN new_tasks n ON n.id = o.id
    WHERE o.lead_agency_id <> n.lead_agency_id AND ta.task_id = o.id AND ta.agency_id = o.lead_agency_id
      AND NOT EXISTS (SELECT 1 FROM task_coordinators c WHERE c.task_id = o.id AND c.agency_id = o.lead_agency_id);
  INSERT INTO task_agencies (agency_id, task_id, deadline, completed_on, updated_at, directive_id, conference_id, conference_starts_at)
    SELECT n.lead_agency_id, n.id, n.deadline, n.completed_on, n.updated_at, n.directive_id, d.conference_id, c.starts_at
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
      JOIN directives d ON d.id = n.directive_id JOIN conferences c ON c.id = d.conference_id
    WHERE o.lead_agency_id <> n.lead_agency_id
    ON CONFLICT DO NOTHING;
  -- A new deadline (an approved extension) moves the task in every agency's list; an accepted
  -- completion (or its undoing) takes it out of, or back into, the open ones; any change moves
  -- it to the end of the agencies' API sync order.
  UPDATE task_agencies ta SET deadline = n.deadline, completed_on = n.completed_on, updated_at = n.updated_at
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
    WHERE ta.task_id = n.id AND (n.deadline IS DISTINCT FROM o.deadline OR n.completed_on IS DISTINCT FROM o.completed_on
      OR n.updated_at IS DISTINCT FROM o.updated_at);
  -- The app never moves a task to another directive; were it done, the copies follow.
  IF EXISTS (SELECT 1 FROM new_tasks n JOIN old_tasks o ON o.id = n.id WHERE n.directive_id <> o.directive_id) THEN
    UPDATE task_agencies ta SET directive_id = n.directive_id, conference_id = d.conference_id, conference_starts_at = c.starts_at
      FROM new_tasks n JOIN old_tasks o ON o.id = n.id
        JOIN directives d ON d.id = n.directive_id JOIN conferences c ON c.id = d.conference_id
      WHERE ta.task_id = n.id AND n.directive_id <> o.directive_id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "task_agencies_coordinators_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline, completed_on, updated_at, directive_id, conference_id, conference_starts_at)
    SELECT a.agency_id, a.task_id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at
    FROM added_coordinators a JOIN tasks t ON t.id = a.task_id
      JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The tasks already there.
INSERT INTO "task_agencies" ("agency_id", "task_id", "deadline", "completed_on", "updated_at", "directive_id", "conference_id", "conference_starts_at")
  SELECT a.agency_id, t.id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at
  FROM (SELECT lead_agency_id AS agency_id, id AS task_id FROM tasks UNION SELECT agency_id, task_id FROM task_coordinators) a
    JOIN tasks t ON t.id = a.task_id JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id;--> statement-breakpoint
CREATE INDEX "task_agencies_agency_updated_idx" ON "task_agencies" USING btree ("agency_id","updated_at","task_id");
