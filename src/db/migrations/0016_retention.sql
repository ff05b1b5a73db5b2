CREATE TABLE "expungements" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"confirmed_by" uuid,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "expungements_case_id_kind_pk" PRIMARY KEY("case_id","kind")
);
--> statement-breakpoint
CREATE TABLE "reporter_removal_requests" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"requested_on" date NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "retention_notices" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "retention_notices_case_id_kind_pk" PRIMARY KEY("case_id","kind")
);
--> statement-breakpoint
ALTER TABLE "expungements" ADD CONSTRAINT "expungements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporter_removal_requests" ADD CONSTRAINT "reporter_removal_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_notices" ADD CONSTRAINT "retention_notices_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;