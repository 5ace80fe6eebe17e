CREATE TYPE "public"."indicator_kind" AS ENUM('flow', 'stock', 'ratio');--> statement-breakpoint
CREATE TYPE "public"."indicator_report_status" AS ENUM('draft', 'submitted', 'approved');--> statement-breakpoint
CREATE TYPE "public"."indicator_value_status" AS ENUM('estimated', 'preliminary', 'official');--> statement-breakpoint
ALTER TYPE "public"."agenda_item_kind" ADD VALUE 'follow_up_review';--> statement-breakpoint
CREATE TABLE "conference_reports" (
	"conference_id" integer NOT NULL,
	"report_id" integer NOT NULL,
	CONSTRAINT "conference_reports_conference_id_report_id_pk" PRIMARY KEY("conference_id","report_id")
);
--> statement-breakpoint
CREATE TABLE "directive_indicators" (
	"directive_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	CONSTRAINT "directive_indicators_directive_id_indicator_id_pk" PRIMARY KEY("directive_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator_id" integer NOT NULL,
	"year" integer NOT NULL,
	"target" numeric(20, 4) NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_plans_year_range" CHECK ("indicator_plans"."year" BETWEEN 1990 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "indicator_report_unlocks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_report_unlocks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"reason" text NOT NULL,
	"unlocked_by_id" integer NOT NULL,
	"unlocked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_reporters" (
	"indicator_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	CONSTRAINT "indicator_reporters_indicator_id_agency_id_pk" PRIMARY KEY("indicator_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"agency_id" integer NOT NULL,
	"period_code" text NOT NULL,
	"status" "indicator_report_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_id" integer,
	"approved_at" timestamp with time zone,
	"approved_by_id" integer,
	"created_by_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_value_revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_value_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"value_id" integer NOT NULL,
	"version" integer NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"status" "indicator_value_status" DEFAULT 'estimated' NOT NULL,
	"note" text,
	"reported_growth_percent" numeric(9, 2),
	"reported_plan_percent" numeric(9, 2),
	"entered_by_id" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revised_by_id" integer
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicator_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric(20, 4) NOT NULL,
	"status" "indicator_value_status" DEFAULT 'estimated' NOT NULL,
	"note" text,
	"reported_growth_percent" numeric(9, 2),
	"reported_plan_percent" numeric(9, 2),
	"entered_by_id" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"sector" "directive_sector" DEFAULT 'general' NOT NULL,
	"kind" "indicator_kind" NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"parent_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"non_negative" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_decimals_range" CHECK ("indicators"."decimals" BETWEEN 0 AND 4),
	CONSTRAINT "indicators_not_own_parent" CHECK ("indicators"."parent_id" IS NULL OR "indicators"."parent_id" <> "indicators"."id"),
	CONSTRAINT "indicators_valid_range" CHECK ("indicators"."valid_to" IS NULL OR "indicators"."valid_from" IS NULL OR "indicators"."valid_to" >= "indicators"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"code" text PRIMARY KEY NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_periods_code_format" CHECK ("reporting_periods"."code" ~ '^[0-9]{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$')
);
--> statement-breakpoint
ALTER TABLE "conference_reports" ADD CONSTRAINT "conference_reports_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_reports" ADD CONSTRAINT "conference_reports_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_indicators" ADD CONSTRAINT "directive_indicators_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_indicators" ADD CONSTRAINT "directive_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_report_unlocks" ADD CONSTRAINT "indicator_report_unlocks_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_report_unlocks" ADD CONSTRAINT "indicator_report_unlocks_unlocked_by_id_users_id_fk" FOREIGN KEY ("unlocked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reporters" ADD CONSTRAINT "indicator_reporters_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reporters" ADD CONSTRAINT "indicator_reporters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_period_code_reporting_periods_code_fk" FOREIGN KEY ("period_code") REFERENCES "public"."reporting_periods"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reports" ADD CONSTRAINT "indicator_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value_revisions" ADD CONSTRAINT "indicator_value_revisions_value_id_indicator_values_id_fk" FOREIGN KEY ("value_id") REFERENCES "public"."indicator_values"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value_revisions" ADD CONSTRAINT "indicator_value_revisions_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value_revisions" ADD CONSTRAINT "indicator_value_revisions_revised_by_id_users_id_fk" FOREIGN KEY ("revised_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_report_id_indicator_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."indicator_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_parent_id_indicators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conference_reports_report_idx" ON "conference_reports" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "directive_indicators_indicator_idx" ON "directive_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_plans_indicator_year_unique" ON "indicator_plans" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE INDEX "indicator_report_unlocks_report_idx" ON "indicator_report_unlocks" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "indicator_reporters_agency_idx" ON "indicator_reporters" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_reports_agency_period_unique" ON "indicator_reports" USING btree ("agency_id","period_code");--> statement-breakpoint
CREATE INDEX "indicator_reports_period_status_idx" ON "indicator_reports" USING btree ("period_code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_value_revisions_value_version_unique" ON "indicator_value_revisions" USING btree ("value_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_report_indicator_unique" ON "indicator_values" USING btree ("report_id","indicator_id");--> statement-breakpoint
CREATE INDEX "indicator_values_indicator_idx" ON "indicator_values" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_unique" ON "indicators" USING btree ("code");--> statement-breakpoint
CREATE INDEX "indicators_parent_idx" ON "indicators" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "indicators_sector_order_idx" ON "indicators" USING btree ("sector","sort_order");