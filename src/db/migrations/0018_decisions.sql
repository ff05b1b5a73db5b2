CREATE TABLE "decision_consequences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"case_person_id" uuid NOT NULL,
	"consequence" text NOT NULL,
	"suspension_days" integer,
	"terms_sealed" text,
	CONSTRAINT "decision_consequences_person_uq" UNIQUE("decision_id","case_person_id")
);
--> statement-breakpoint
CREATE TABLE "decision_consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"party" text NOT NULL,
	"channel" text NOT NULL,
	"feedback_sealed" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"note_sealed" text,
	"cast_at" timestamp with time zone NOT NULL,
	CONSTRAINT "decision_votes_member_uq" UNIQUE("decision_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"case_options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary_sealed" text,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"adopted_by" text,
	"decided_at" timestamp with time zone,
	"enacted_by" uuid,
	"enacted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decision_consequences" ADD CONSTRAINT "decision_consequences_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_consequences" ADD CONSTRAINT "decision_consequences_case_person_id_case_people_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_consultations" ADD CONSTRAINT "decision_consultations_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_votes" ADD CONSTRAINT "decision_votes_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_consultations_decision_idx" ON "decision_consultations" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("case_id");