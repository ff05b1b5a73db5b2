CREATE TABLE "attendee_check_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"with_guidance" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendee_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"member_role" text NOT NULL,
	"row_count" integer NOT NULL,
	"list_hash" text NOT NULL,
	"answered" integer NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"author_id" uuid,
	"draft_sealed" text NOT NULL,
	"published_title" text,
	"published_body" text,
	"published_year" integer,
	"published_by" uuid,
	"approved_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_studies_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "guidance_sealed" text;--> statement-breakpoint
ALTER TABLE "attendee_check_disclosures" ADD CONSTRAINT "attendee_check_disclosures_check_id_attendee_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."attendee_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendee_check_disclosures" ADD CONSTRAINT "attendee_check_disclosures_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_studies" ADD CONSTRAINT "case_studies_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendee_check_disclosures_check_idx" ON "attendee_check_disclosures" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "attendee_check_disclosures_person_idx" ON "attendee_check_disclosures" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "attendee_checks_checked_idx" ON "attendee_checks" USING btree ("checked_at");