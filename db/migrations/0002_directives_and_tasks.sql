CREATE TYPE "public"."directive_sector" AS ENUM('press', 'publishing', 'printing', 'postal_telecom', 'it', 'broadcasting', 'general');--> statement-breakpoint
CREATE TYPE "public"."extension_decision" AS ENUM('pending', 'approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."task_event_kind" AS ENUM('created', 'updated', 'progress', 'contribution', 'completion_reported', 'accepted', 'returned', 'extension_requested', 'extension_approved', 'extension_refused', 'moved_to_successor');--> statement-breakpoint
CREATE TYPE "public"."task_priority" AS ENUM('normal', 'high', 'urgent');--> statement-breakpoint
CREATE TABLE "directive_approvals" (
	"conference_id" integer PRIMARY KEY NOT NULL,
	"approved_by_id" integer NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directive_legal_documents" (
	"directive_id" integer NOT NULL,
	"legal_document_id" integer NOT NULL,
	CONSTRAINT "directive_legal_documents_directive_id_legal_document_id_pk" PRIMARY KEY("directive_id","legal_document_id")
);
--> statement-breakpoint
CREATE TABLE "directives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "directives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"conference_id" integer NOT NULL,
	"agenda_item_id" integer,
	"number" integer NOT NULL,
	"issued_by_person_id" integer,
	"issuer_name" text NOT NULL,
	"issuer_title" text,
	"text" text NOT NULL,
	"sector" "directive_sector" DEFAULT 'general' NOT NULL,
	"created_by_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directives_number_positive" CHECK ("directives"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "legal_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "legal_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"symbol" text NOT NULL,
	"number" integer NOT NULL,
	"year" integer,
	"type_code" text NOT NULL,
	"issuer" text NOT NULL,
	"issuing_body" text,
	"issued_on" date,
	"title" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_coordinators" (
	"task_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	CONSTRAINT "task_coordinators_task_id_agency_id_pk" PRIMARY KEY("task_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "task_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"kind" "task_event_kind" NOT NULL,
	"agency_id" integer,
	"by_user_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"text" text,
	"percent" integer,
	"evidence_number" text,
	"evidence_date" date,
	"details" jsonb,
	CONSTRAINT "task_events_percent_range" CHECK ("task_events"."percent" IS NULL OR ("task_events"."percent" >= 0 AND "task_events"."percent" <= 100))
);
--> statement-breakpoint
CREATE TABLE "task_extension_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_extension_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"task_id" integer NOT NULL,
	"requested_deadline" date NOT NULL,
	"reason" text NOT NULL,
	"requested_by_id" integer,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" "extension_decision" DEFAULT 'pending' NOT NULL,
	"decided_by_id" integer,
	"decided_at" timestamp with time zone,
	"decision_comment" text
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"directive_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"lead_agency_id" integer NOT NULL,
	"deadline" date,
	"original_deadline" date,
	"priority" "task_priority" DEFAULT 'normal' NOT NULL,
	"expected_output" text,
	"completion_reported_at" timestamp with time zone,
	"completed_on" date,
	"created_by_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_original_deadline_set" CHECK (("tasks"."deadline" IS NULL) = ("tasks"."original_deadline" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" integer;--> statement-breakpoint
ALTER TABLE "directive_approvals" ADD CONSTRAINT "directive_approvals_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_approvals" ADD CONSTRAINT "directive_approvals_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_legal_documents" ADD CONSTRAINT "directive_legal_documents_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_legal_documents" ADD CONSTRAINT "directive_legal_documents_legal_document_id_legal_documents_id_fk" FOREIGN KEY ("legal_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_issued_by_person_id_people_id_fk" FOREIGN KEY ("issued_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_coordinators" ADD CONSTRAINT "task_coordinators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_coordinators" ADD CONSTRAINT "task_coordinators_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_extension_requests" ADD CONSTRAINT "task_extension_requests_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_extension_requests" ADD CONSTRAINT "task_extension_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_extension_requests" ADD CONSTRAINT "task_extension_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directive_approvals_by_idx" ON "directive_approvals" USING btree ("approved_by_id");--> statement-breakpoint
CREATE INDEX "directive_legal_documents_document_idx" ON "directive_legal_documents" USING btree ("legal_document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "directives_conference_number_unique" ON "directives" USING btree ("conference_id","number");--> statement-breakpoint
CREATE INDEX "directives_agenda_item_idx" ON "directives" USING btree ("agenda_item_id");--> statement-breakpoint
CREATE INDEX "directives_issued_by_idx" ON "directives" USING btree ("issued_by_person_id");--> statement-breakpoint
CREATE INDEX "directives_sector_idx" ON "directives" USING btree ("sector");--> statement-breakpoint
CREATE INDEX "directives_created_by_idx" ON "directives" USING btree ("created_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "legal_documents_symbol_unique" ON "legal_documents" USING btree ("symbol");--> statement-breakpoint
CREATE INDEX "legal_documents_type_year_idx" ON "legal_documents" USING btree ("type_code","year");--> statement-breakpoint
CREATE INDEX "task_coordinators_agency_idx" ON "task_coordinators" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "task_events_task_idx" ON "task_events" USING btree ("task_id","at");--> statement-breakpoint
CREATE INDEX "task_events_agency_idx" ON "task_events" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "task_events_by_idx" ON "task_events" USING btree ("by_user_id");--> statement-breakpoint
CREATE INDEX "task_extension_requests_task_idx" ON "task_extension_requests" USING btree ("task_id","decision");--> statement-breakpoint
CREATE INDEX "task_extension_requests_requested_by_idx" ON "task_extension_requests" USING btree ("requested_by_id");--> statement-breakpoint
CREATE INDEX "task_extension_requests_decided_by_idx" ON "task_extension_requests" USING btree ("decided_by_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_extension_requests_one_pending" ON "task_extension_requests" USING btree ("task_id") WHERE "task_extension_requests"."decision" = 'pending';--> statement-breakpoint
CREATE INDEX "tasks_directive_idx" ON "tasks" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "tasks_lead_deadline_idx" ON "tasks" USING btree ("lead_agency_id","deadline");--> statement-breakpoint
CREATE INDEX "tasks_deadline_idx" ON "tasks" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "tasks_completed_on_idx" ON "tasks" USING btree ("completed_on");--> statement-breakpoint
CREATE INDEX "tasks_created_by_idx" ON "tasks" USING btree ("created_by_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_person_idx" ON "users" USING btree ("person_id");