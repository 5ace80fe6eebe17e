CREATE TYPE "public"."agenda_item_kind" AS ENUM('report', 'discussion', 'directing_speech', 'conclusion', 'other');--> statement-breakpoint
CREATE TYPE "public"."conference_format" AS ENUM('in_person', 'online', 'hybrid');--> statement-breakpoint
CREATE TYPE "public"."conference_kind" AS ENUM('mid_year_review', 'annual_review', 'regular_briefing', 'thematic', 'other');--> statement-breakpoint
CREATE TYPE "public"."conference_status" AS ENUM('draft', 'scheduled', 'held', 'concluded', 'closed', 'postponed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('invited', 'confirmed', 'declined', 'delegated');--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agenda_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"kind" "agenda_item_kind" DEFAULT 'other' NOT NULL,
	"presenter_person_id" integer,
	"presenter_agency_id" integer,
	"starts_at" timestamp with time zone,
	"duration_minutes" integer,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "agenda_items_duration_positive" CHECK ("agenda_items"."duration_minutes" IS NULL OR "agenda_items"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attendance_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"invitation_id" integer,
	"attendee_name" text NOT NULL,
	"attendee_position" text,
	"walk_in_agency_id" integer,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	"checked_in_by_id" integer,
	CONSTRAINT "attendance_left_after_arrival" CHECK ("attendance"."left_at" IS NULL OR "attendance"."left_at" >= "attendance"."checked_in_at")
);
--> statement-breakpoint
CREATE TABLE "bridge_points" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "bridge_points_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"place" text,
	"responsible_agency_id" integer,
	"contact" text
);
--> statement-breakpoint
CREATE TABLE "conference_status_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conference_status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"from_status" "conference_status",
	"to_status" "conference_status" NOT NULL,
	"reason" text,
	"previous_starts_at" timestamp with time zone,
	"new_starts_at" timestamp with time zone,
	"changed_by_id" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conferences" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conferences_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"kind" "conference_kind" NOT NULL,
	"status" "conference_status" DEFAULT 'draft' NOT NULL,
	"reviewed_period" text,
	"planned_period" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"host_agency_id" integer NOT NULL,
	"chair_person_id" integer,
	"secretary_person_id" integer,
	"format" "conference_format" DEFAULT 'in_person' NOT NULL,
	"venue" text,
	"notes" text,
	"previous_conference_id" integer,
	"published_to_all" boolean DEFAULT false NOT NULL,
	"public_on_schedule" boolean DEFAULT false NOT NULL,
	"reply_deadline" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conferences_ends_after_start" CHECK ("conferences"."ends_at" > "conferences"."starts_at"),
	CONSTRAINT "conferences_reviewed_period_format" CHECK ("conferences"."reviewed_period" IS NULL OR "conferences"."reviewed_period" ~ '^[0-9]{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$'),
	CONSTRAINT "conferences_planned_period_format" CHECK ("conferences"."planned_period" IS NULL OR "conferences"."planned_period" ~ '^[0-9]{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$'),
	CONSTRAINT "conferences_not_own_previous" CHECK ("conferences"."previous_conference_id" IS NULL OR "conferences"."previous_conference_id" <> "conferences"."id")
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"agency_id" integer,
	"person_id" integer,
	"status" "invitation_status" DEFAULT 'invited' NOT NULL,
	"delegate_name" text,
	"delegate_position" text,
	"decline_reason" text,
	"replied_at" timestamp with time zone,
	"replied_by_id" integer,
	"change_notice" "conference_status",
	"check_in_token" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_one_invitee" CHECK (("invitations"."agency_id" IS NULL) <> ("invitations"."person_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_presenter_person_id_people_id_fk" FOREIGN KEY ("presenter_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_presenter_agency_id_agencies_id_fk" FOREIGN KEY ("presenter_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_walk_in_agency_id_agencies_id_fk" FOREIGN KEY ("walk_in_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_points" ADD CONSTRAINT "bridge_points_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bridge_points" ADD CONSTRAINT "bridge_points_responsible_agency_id_agencies_id_fk" FOREIGN KEY ("responsible_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_status_changes" ADD CONSTRAINT "conference_status_changes_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_status_changes" ADD CONSTRAINT "conference_status_changes_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_host_agency_id_agencies_id_fk" FOREIGN KEY ("host_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_chair_person_id_people_id_fk" FOREIGN KEY ("chair_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_secretary_person_id_people_id_fk" FOREIGN KEY ("secretary_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_previous_conference_id_conferences_id_fk" FOREIGN KEY ("previous_conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_replied_by_id_users_id_fk" FOREIGN KEY ("replied_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_conference_idx" ON "agenda_items" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_presenter_person_idx" ON "agenda_items" USING btree ("presenter_person_id");--> statement-breakpoint
CREATE INDEX "agenda_items_presenter_agency_idx" ON "agenda_items" USING btree ("presenter_agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_invitation_unique" ON "attendance" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "attendance_conference_idx" ON "attendance" USING btree ("conference_id","checked_in_at");--> statement-breakpoint
CREATE INDEX "attendance_walk_in_agency_idx" ON "attendance" USING btree ("walk_in_agency_id");--> statement-breakpoint
CREATE INDEX "attendance_checked_in_by_idx" ON "attendance" USING btree ("checked_in_by_id");--> statement-breakpoint
CREATE INDEX "bridge_points_conference_idx" ON "bridge_points" USING btree ("conference_id","position");--> statement-breakpoint
CREATE INDEX "bridge_points_agency_idx" ON "bridge_points" USING btree ("responsible_agency_id");--> statement-breakpoint
CREATE INDEX "conference_status_changes_conference_idx" ON "conference_status_changes" USING btree ("conference_id","changed_at");--> statement-breakpoint
CREATE INDEX "conference_status_changes_by_idx" ON "conference_status_changes" USING btree ("changed_by_id");--> statement-breakpoint
CREATE INDEX "conferences_starts_at_idx" ON "conferences" USING btree ("starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conferences_status_starts_idx" ON "conferences" USING btree ("status","starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conferences_kind_starts_idx" ON "conferences" USING btree ("kind","starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conferences_host_starts_idx" ON "conferences" USING btree ("host_agency_id","starts_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conferences_reviewed_period_idx" ON "conferences" USING btree ("reviewed_period");--> statement-breakpoint
CREATE INDEX "conferences_chair_idx" ON "conferences" USING btree ("chair_person_id");--> statement-breakpoint
CREATE INDEX "conferences_secretary_idx" ON "conferences" USING btree ("secretary_person_id");--> statement-breakpoint
CREATE INDEX "conferences_previous_idx" ON "conferences" USING btree ("previous_conference_id");--> statement-breakpoint
CREATE INDEX "conferences_created_by_idx" ON "conferences" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_conference_agency_unique" ON "invitations" USING btree ("conference_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_conference_person_unique" ON "invitations" USING btree ("conference_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_check_in_token_unique" ON "invitations" USING btree ("check_in_token");--> statement-breakpoint
CREATE INDEX "invitations_agency_idx" ON "invitations" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "invitations_person_idx" ON "invitations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "invitations_conference_status_idx" ON "invitations" USING btree ("conference_id","status");--> statement-breakpoint
CREATE INDEX "invitations_replied_by_idx" ON "invitations" USING btree ("replied_by_id");--> statement-breakpoint
CREATE INDEX "calendar_tokens_user_idx" ON "calendar_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "stored_files_owner_idx" ON "stored_files" USING btree ("owner_type","owner_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "stored_files_uploaded_by_idx" ON "stored_files" USING btree ("uploaded_by_id");