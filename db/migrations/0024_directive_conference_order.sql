-- A leader's own directives, newest conference first (/directives by default, and
-- /api/v1/directives with a leader's token in sync order), read every directive the leader
-- had issued and looked up each one's conference to sort them: 6 917 directives and as many
-- conference probes, 44 ms in PostgreSQL, for a page of 50 at a million tasks. The order was
-- the conference's start, which was not on the directive. It is now, copied as
-- task_agencies.conference_starts_at is (0019), so that each list is one index range cut at
-- the page: the leader's (directives_issuer_order_idx), everyone else's
-- (directives_conference_order_idx), and the leader's sync order (directives_issuer_updated_idx,
-- whose first column also serves what directives_issued_by_idx did).
DROP INDEX "directives_issued_by_idx";--> statement-breakpoint
ALTER TABLE "directives" ADD COLUMN "conference_starts_at" timestamp with time zone;--> statement-breakpoint
-- The copy changes nothing task_agencies follows, but the check of
-- task_agencies_directives_updated joins the two transition tables under EXISTS, which the
-- planner answers with a nested loop: over 282 000 directives, more than 20 minutes. Off for
-- the backfill, on again (ALWAYS, as 0019 left it) after.
ALTER TABLE "directives" DISABLE TRIGGER "task_agencies_directives_updated";--> statement-breakpoint
UPDATE "directives" d SET "conference_starts_at" = c."starts_at" FROM "conferences" c WHERE c."id" = d."conference_id";--> statement-breakpoint
ALTER TABLE "directives" ENABLE ALWAYS TRIGGER "task_agencies_directives_updated";--> statement-breakpoint
ALTER TABLE "directives" ALTER COLUMN "conference_starts_at" SET NOT NULL;--> statement-breakpoint
-- Whoever writes a directive (the app, an import, the data generator), the copy comes from its
-- conference: set on every insert and change of conference, and a value written directly is
-- replaced. ALWAYS: the generator loads with session_replication_role = replica.
CREATE FUNCTION "directives_conference_starts_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.conference_starts_at := (SELECT c.starts_at FROM conferences c WHERE c.id = NEW.conference_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "directives_conference_starts_at" BEFORE INSERT OR UPDATE OF "conference_id", "conference_starts_at" ON "directives"
  FOR EACH ROW EXECUTE FUNCTION "directives_conference_starts_at"();--> statement-breakpoint
ALTER TABLE "directives" ENABLE ALWAYS TRIGGER "directives_conference_starts_at";--> statement-breakpoint
-- A rescheduled conference moves its directives (found through
-- directives_conference_number_unique). Most updates of a conference leave its start alone:
-- the check on the transition tables keeps them cheap. A count, not EXISTS, for the reason
-- given in 0025.
CREATE FUNCTION "directives_conferences_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM new_conferences n JOIN old_conferences o ON o.id = n.id WHERE n.starts_at <> o.starts_at) > 0 THEN
    UPDATE directives d SET conference_starts_at = n.starts_at
      FROM new_conferences n JOIN old_conferences o ON o.id = n.id
      WHERE d.conference_id = n.id AND n.starts_at <> o.starts_at;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "directives_conferences_updated" AFTER UPDATE ON "conferences"
  REFERENCING OLD TABLE AS old_conferences NEW TABLE AS new_conferences FOR EACH STATEMENT EXECUTE FUNCTION "directives_conferences_updated"();--> statement-breakpoint
ALTER TABLE "conferences" ENABLE ALWAYS TRIGGER "directives_conferences_updated";--> statement-breakpoint
CREATE INDEX "directives_conference_order_idx" ON "directives" USING btree ("conference_starts_at" DESC NULLS LAST,"conference_id" DESC NULLS LAST,"number");--> statement-breakpoint
CREATE INDEX "directives_issuer_order_idx" ON "directives" USING btree ("issued_by_person_id","conference_starts_at" DESC NULLS LAST,"conference_id" DESC NULLS LAST,"number");--> statement-breakpoint
CREATE INDEX "directives_issuer_updated_idx" ON "directives" USING btree ("issued_by_person_id","updated_at","id");
