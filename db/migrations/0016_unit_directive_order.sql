-- task_agencies is derived data (0007): emptied here so that the new NOT NULL columns can be
-- added, and filled again from tasks and task_coordinators at the end of this migration.
TRUNCATE "task_agencies";--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "directive_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "conference_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "conference_starts_at" timestamp with time zone NOT NULL;--> statement-breakpoint
-- The triggers of 0007 copy the task's directive, its conference and the conference's start too.
CREATE OR REPLACE FUNCTION "task_agencies_tasks_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline, directive_id, conference_id, conference_starts_at)
    SELECT t.lead_agency_id, t.id, t.deadline, t.directive_id, d.conference_id, c.starts_at
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
  INSERT INTO task_agencies (agency_id, task_id, deadline, directive_id, conference_id, conference_starts_at)
    SELECT n.lead_agency_id, n.id, n.deadline, n.directive_id, d.conference_id, c.starts_at
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
      JOIN directives d ON d.id = n.directive_id JOIN conferences c ON c.id = d.conference_id
    WHERE o.lead_agency_id <> n.lead_agency_id
    ON CONFLICT DO NOTHING;
  -- A new deadline (an approved extension) moves the task in every agency's list.
  UPDATE task_agencies ta SET deadline = n.deadline
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
    WHERE ta.task_id = n.id AND n.deadline IS DISTINCT FROM o.deadline;
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
  INSERT INTO task_agencies (agency_id, task_id, deadline, directive_id, conference_id, conference_starts_at)
    SELECT a.agency_id, a.task_id, t.deadline, t.directive_id, d.conference_id, c.starts_at
    FROM added_coordinators a JOIN tasks t ON t.id = a.task_id
      JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
-- A rescheduled conference (or, never done by the app, a directive moved to another one) moves
-- its tasks in every agency's order. Most updates of either change neither column: the check on
-- the transition tables alone keeps them cheap.
CREATE FUNCTION "task_agencies_conferences_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_conferences n JOIN old_conferences o ON o.id = n.id WHERE n.starts_at <> o.starts_at) THEN
    UPDATE task_agencies ta SET conference_starts_at = n.starts_at
      FROM new_conferences n JOIN old_conferences o ON o.id = n.id
        JOIN directives d ON d.conference_id = n.id JOIN tasks t ON t.directive_id = d.id
      WHERE ta.task_id = t.id AND n.starts_at <> o.starts_at;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "task_agencies_conferences_updated" AFTER UPDATE ON "conferences"
  REFERENCING OLD TABLE AS old_conferences NEW TABLE AS new_conferences FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_conferences_updated"();--> statement-breakpoint
ALTER TABLE "conferences" ENABLE ALWAYS TRIGGER "task_agencies_conferences_updated";--> statement-breakpoint
CREATE FUNCTION "task_agencies_directives_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_directives n JOIN old_directives o ON o.id = n.id WHERE n.conference_id <> o.conference_id) THEN
    UPDATE task_agencies ta SET conference_id = n.conference_id, conference_starts_at = c.starts_at
      FROM new_directives n JOIN old_directives o ON o.id = n.id
        JOIN conferences c ON c.id = n.conference_id JOIN tasks t ON t.directive_id = n.id
      WHERE ta.task_id = t.id AND n.conference_id <> o.conference_id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "task_agencies_directives_updated" AFTER UPDATE ON "directives"
  REFERENCING OLD TABLE AS old_directives NEW TABLE AS new_directives FOR EACH STATEMENT EXECUTE FUNCTION "task_agencies_directives_updated"();--> statement-breakpoint
ALTER TABLE "directives" ENABLE ALWAYS TRIGGER "task_agencies_directives_updated";--> statement-breakpoint
-- The tasks already there, as 0007 filled them, with the new copies.
INSERT INTO "task_agencies" ("agency_id", "task_id", "deadline", "directive_id", "conference_id", "conference_starts_at")
  SELECT a.agency_id, t.id, t.deadline, t.directive_id, d.conference_id, c.starts_at
  FROM (SELECT lead_agency_id AS agency_id, id AS task_id FROM tasks UNION SELECT agency_id, task_id FROM task_coordinators) a
    JOIN tasks t ON t.id = a.task_id JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id;--> statement-breakpoint
CREATE INDEX "task_agencies_agency_conference_idx" ON "task_agencies" USING btree ("agency_id","conference_starts_at","conference_id","directive_id");
