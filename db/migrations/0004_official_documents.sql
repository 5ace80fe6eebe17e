CREATE TYPE "public"."official_document_kind" AS ENUM('invitation', 'minutes', 'conclusion_notice', 'follow_up_report');--> statement-breakpoint
CREATE TABLE "document_number_sequences" (
	"issuing_agency_id" integer NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "document_number_sequences_issuing_agency_id_year_type_code_pk" PRIMARY KEY("issuing_agency_id","year","type_code"),
	CONSTRAINT "document_number_sequences_positive" CHECK ("document_number_sequences"."last_number" > 0)
);
--> statement-breakpoint
CREATE TABLE "issued_document_recipients" (
	"document_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	CONSTRAINT "issued_document_recipients_document_id_agency_id_pk" PRIMARY KEY("document_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "issued_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "official_document_kind" NOT NULL,
	"issuing_agency_id" integer NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"number" integer NOT NULL,
	"symbol" text NOT NULL,
	"conference_id" integer,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"signer_name" text,
	"signer_title" text,
	"authority_prefix" text,
	"snapshot" jsonb NOT NULL,
	"file_id" uuid NOT NULL,
	"issued_by_id" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_id" integer,
	"withdraw_reason" text,
	CONSTRAINT "issued_documents_withdraw_reason" CHECK ("issued_documents"."withdrawn_at" IS NULL OR "issued_documents"."withdraw_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "minutes_drafts" (
	"conference_id" integer PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_number_sequences" ADD CONSTRAINT "document_number_sequences_issuing_agency_id_agencies_id_fk" FOREIGN KEY ("issuing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_document_recipients" ADD CONSTRAINT "issued_document_recipients_document_id_issued_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."issued_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_document_recipients" ADD CONSTRAINT "issued_document_recipients_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_issuing_agency_id_agencies_id_fk" FOREIGN KEY ("issuing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_drafts" ADD CONSTRAINT "minutes_drafts_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_drafts" ADD CONSTRAINT "minutes_drafts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_document_recipients_agency_idx" ON "issued_document_recipients" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "issued_documents_number_unique" ON "issued_documents" USING btree ("issuing_agency_id","year","type_code","number");--> statement-breakpoint
CREATE INDEX "issued_documents_year_type_idx" ON "issued_documents" USING btree ("year","type_code","number");--> statement-breakpoint
CREATE INDEX "issued_documents_conference_idx" ON "issued_documents" USING btree ("conference_id");