ALTER TABLE "indicator_value_revisions" ALTER COLUMN "value" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ALTER COLUMN "value" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_something_entered" CHECK ("indicator_values"."value" IS NOT NULL OR "indicator_values"."reported_growth_percent" IS NOT NULL OR "indicator_values"."reported_plan_percent" IS NOT NULL OR "indicator_values"."note" IS NOT NULL);
--> statement-breakpoint
DROP INDEX "indicator_plans_indicator_year_unique";--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD COLUMN "agency_id" integer;--> statement-breakpoint
ALTER TABLE "indicator_plans" ADD CONSTRAINT "indicator_plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_plans_agency_indicator_year_unique" ON "indicator_plans" USING btree ("agency_id","indicator_id","year") WHERE "indicator_plans"."agency_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "indicator_plans_indicator_year_idx" ON "indicator_plans" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_plans_indicator_year_unique" ON "indicator_plans" USING btree ("indicator_id","year") WHERE "indicator_plans"."agency_id" IS NULL;