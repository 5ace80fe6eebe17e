-- More copies on a unit's rows of task_agencies (0019), so that two more of a unit officer's
-- reads are one index range each at a million tasks: the directive's updated_at
-- (/api/v1/directives in sync order: a hash join over all 280 000 directives, 185 ms) and the
-- task's lead unit, sector and completion report (the /tasks/overview counts, an index-only
-- scan instead of reading each of the unit's ~6 400 tasks and their directives, 425 ms).
-- Kept by the same triggers, rewritten below. Emptied and filled again, as in 0019.
TRUNCATE "task_agencies";--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN IF NOT EXISTS "directive_updated_at" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN IF NOT EXISTS "lead_agency_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN IF NOT EXISTS "sector" "directive_sector" NOT NULL;--> statement-breakpoint
ALTER TABLE "task_agencies" ADD COLUMN IF NOT EXISTS "completion_reported_at" timestamp with time zone;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "task_agencies_tasks_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline, completed_on, updated_at, directive_id, conference_id, conference_starts_at,
      directive_updated_at, lead_agency_id, sector, completion_reported_at)
    SELECT t.lead_agency_id, t.id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at,
      d.updated_at, t.lead_agency_id, d.sector, t.completion_reported_at
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
  INSERT INTO task_agencies (agency_id, task_id, deadline, completed_on, updated_at, directive_id, conference_id, conference_starts_at,
      directive_updated_at, lead_agency_id, sector, completion_reported_at)
    SELECT n.lead_agency_id, n.id, n.deadline, n.completed_on, n.updated_at, n.directive_id, d.conference_id, c.starts_at,
      d.updated_at, n.lead_agency_id, d.sector, n.completion_reported_at
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
      JOIN directives d ON d.id = n.directive_id JOIN conferences c ON c.id = d.conference_id
    WHERE o.lead_agency_id <> n.lead_agency_id
    ON CONFLICT DO NOTHING;
  -- A new deadline (an approved extension) moves the task in every agency's list; an accepted
  -- completion (or its undoing) takes it out of, or back into, the open ones; a reported one is
  -- awaiting acceptance; a new lead regroups the overview (the coordinators' rows too); any
  -- change moves it to the end of the agencies' API sync order.
  UPDATE task_agencies ta SET deadline = n.deadline, completed_on = n.completed_on, updated_at = n.updated_at,
      lead_agency_id = n.lead_agency_id, completion_reported_at = n.completion_reported_at
    FROM new_tasks n JOIN old_tasks o ON o.id = n.id
    WHERE ta.task_id = n.id AND (n.deadline IS DISTINCT FROM o.deadline OR n.completed_on IS DISTINCT FROM o.completed_on
      OR n.updated_at IS DISTINCT FROM o.updated_at OR n.lead_agency_id <> o.lead_agency_id
      OR n.completion_reported_at IS DISTINCT FROM o.completion_reported_at);
  -- The app never moves a task to another directive; were it done, the copies follow.
  IF EXISTS (SELECT 1 FROM new_tasks n JOIN old_tasks o ON o.id = n.id WHERE n.directive_id <> o.directive_id) THEN
    UPDATE task_agencies ta SET directive_id = n.directive_id, conference_id = d.conference_id, conference_starts_at = c.starts_at,
        directive_updated_at = d.updated_at, sector = d.sector
      FROM new_tasks n JOIN old_tasks o ON o.id = n.id
        JOIN directives d ON d.id = n.directive_id JOIN conferences c ON c.id = d.conference_id
      WHERE ta.task_id = n.id AND n.directive_id <> o.directive_id;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "task_agencies_coordinators_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_agencies (agency_id, task_id, deadline, completed_on, updated_at, directive_id, conference_id, conference_starts_at,
      directive_updated_at, lead_agency_id, sector, completion_reported_at)
    SELECT a.agency_id, a.task_id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at,
      d.updated_at, t.lead_agency_id, d.sector, t.completion_reported_at
    FROM added_coordinators a JOIN tasks t ON t.id = a.task_id
      JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Every edit of a directive changes its updated_at: its tasks' rows follow (a few rows each,
-- found through tasks_directive_idx and task_agencies_task_idx).
CREATE OR REPLACE FUNCTION "task_agencies_directives_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_directives n JOIN old_directives o ON o.id = n.id
             WHERE n.conference_id <> o.conference_id OR n.sector <> o.sector OR n.updated_at IS DISTINCT FROM o.updated_at) THEN
    UPDATE task_agencies ta SET conference_id = n.conference_id, conference_starts_at = c.starts_at,
        directive_updated_at = n.updated_at, sector = n.sector
      FROM new_directives n JOIN old_directives o ON o.id = n.id
        JOIN conferences c ON c.id = n.conference_id JOIN tasks t ON t.directive_id = n.id
      WHERE ta.task_id = t.id
        AND (n.conference_id <> o.conference_id OR n.sector <> o.sector OR n.updated_at IS DISTINCT FROM o.updated_at);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The tasks already there.
INSERT INTO "task_agencies" ("agency_id", "task_id", "deadline", "completed_on", "updated_at", "directive_id", "conference_id", "conference_starts_at",
    "directive_updated_at", "lead_agency_id", "sector", "completion_reported_at")
  SELECT a.agency_id, t.id, t.deadline, t.completed_on, t.updated_at, t.directive_id, d.conference_id, c.starts_at,
    d.updated_at, t.lead_agency_id, d.sector, t.completion_reported_at
  FROM (SELECT lead_agency_id AS agency_id, id AS task_id FROM tasks UNION SELECT agency_id, task_id FROM task_coordinators) a
    JOIN tasks t ON t.id = a.task_id JOIN directives d ON d.id = t.directive_id JOIN conferences c ON c.id = d.conference_id;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_agencies_agency_directive_updated_idx" ON "task_agencies" USING btree ("agency_id","directive_updated_at","directive_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "task_agencies_agency_overview_idx" ON "task_agencies" USING btree ("agency_id","lead_agency_id","sector","deadline","completed_on","completion_reported_at","conference_id");
