-- The triggers that keep the copies on task_agencies (0019, 0020) first ask whether a statement
-- changed what the copies follow: "IF EXISTS (select from the new rows join the old rows where
-- a column changed)". Under EXISTS the planner expects a match at once and joins the two
-- transition tables with a nested loop; when nothing changed, which is nearly always, it
-- compares every new row with every old one. A statement touching 10 000 tasks took 31 s,
-- 282 000 directives over 20 minutes (0024's backfill), and a test's 60 000 task events had
-- to switch a trigger off. A count has to read every row, so the planner hash-joins them:
-- linear, and the same few microseconds for the app's one-row updates. The functions are
-- otherwise as they were.
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
  IF (SELECT count(*) FROM new_tasks n JOIN old_tasks o ON o.id = n.id WHERE n.directive_id <> o.directive_id) > 0 THEN
    UPDATE task_agencies ta SET directive_id = n.directive_id, conference_id = d.conference_id, conference_starts_at = c.starts_at,
        directive_updated_at = d.updated_at, sector = d.sector
      FROM new_tasks n JOIN old_tasks o ON o.id = n.id
        JOIN directives d ON d.id = n.directive_id JOIN conferences c ON c.id = d.conference_id
      WHERE ta.task_id = n.id AND n.directive_id <> o.directive_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "task_agencies_directives_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM new_directives n JOIN old_directives o ON o.id = n.id
             WHERE n.conference_id <> o.conference_id OR n.sector <> o.sector OR n.updated_at IS DISTINCT FROM o.updated_at) > 0 THEN
    UPDATE task_agencies ta SET conference_id = n.conference_id, conference_starts_at = c.starts_at,
        directive_updated_at = n.updated_at, sector = n.sector
      FROM new_directives n JOIN old_directives o ON o.id = n.id
        JOIN conferences c ON c.id = n.conference_id JOIN tasks t ON t.directive_id = n.id
      WHERE ta.task_id = t.id
        AND (n.conference_id <> o.conference_id OR n.sector <> o.sector OR n.updated_at IS DISTINCT FROM o.updated_at);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "task_agencies_conferences_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM new_conferences n JOIN old_conferences o ON o.id = n.id WHERE n.starts_at <> o.starts_at) > 0 THEN
    UPDATE task_agencies ta SET conference_starts_at = n.starts_at
      FROM new_conferences n JOIN old_conferences o ON o.id = n.id
        JOIN directives d ON d.conference_id = n.id JOIN tasks t ON t.directive_id = d.id
      WHERE ta.task_id = t.id AND n.starts_at <> o.starts_at;
  END IF;
  RETURN NULL;
END $$;
