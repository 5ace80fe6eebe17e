-- A unit's rows of task_agencies (0007) carry what its lists order and filter by, so each of a
-- unit officer's lists is one index range (1 M tasks: /directives 330 → 1,5 ms, its total 325 →
-- 3 ms, the conference filter 340 → 0,5 ms, the home page's counts 150 → 4 ms, /api/v1/tasks
-- 130 → 5 ms): the task's directive, conference and conference start, its completion date and
-- its updated_at. Kept by the triggers of 0007 (rewritten below) and two new ones on
-- conferences (a rescheduled conference) and directives (a directive moved to another one).
-- task_agencies is derived data: emptied so that the NOT NULL columns can be added, and filled
-- again once at the end, quicker at a million tasks than updating every row in place.
TRUNCATE "task_agencies";--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "directive_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "conference_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "conference_starts_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "completed_on" date;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN "updated_at" timestamp with time zone NOT NULL;--> statement-breakpoint
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
-- The tasks already there.
INSERT INTO "task_agencies" ("agency_id", "task_id", "deadline", "completed_on", "updated_at", "directive_id", "conference_id", "conference_starts_at")
  SELECT a.agency_id, t.id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at
  FROM (SELECT lead_agency_id AS agency_id, id AS task_id FROM tasks UNION SELECT agency_id, task_id FROM task_coordinators) a
    JOIN tasks t ON t.id = a.task_id JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id;--> statement-breakpoint
CREATE INDEX "task_agencies_agency_conference_idx" ON "task_agencies" USING btree ("agency_id","conference_starts_at","conference_id","directive_id");--> statement-breakpoint
CREATE INDEX "task_agencies_agency_open_idx" ON "task_agencies" USING btree ("agency_id","deadline") WHERE "task_agencies"."completed_on" is null;--> statement-breakpoint
CREATE INDEX "task_agencies_agency_updated_idx" ON "task_agencies" USING btree ("agency_id","updated_at","task_id");--> statement-breakpoint
CREATE INDEX "tasks_lead_unreported_idx" ON "tasks" USING btree ("lead_agency_id") WHERE "tasks"."completed_on" is null and "tasks"."completion_reported_at" is null;
