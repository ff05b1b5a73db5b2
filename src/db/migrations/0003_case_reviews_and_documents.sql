CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"version" text NOT NULL,
	"published_on" date NOT NULL,
	"summary" text NOT NULL,
	"url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconsiderations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"requested_on" date NOT NULL,
	"requested_by" text NOT NULL,
	"result" text DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"details_sealed" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unilateral_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"action" text NOT NULL,
	"details_sealed" text,
	"taken_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone,
	"review_result" text,
	"reviewed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reconsiderations" ADD CONSTRAINT "reconsiderations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unilateral_actions" ADD CONSTRAINT "unilateral_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unilateral_actions" ADD CONSTRAINT "unilateral_actions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_title_version_key" ON "documents" USING btree ("title","version");--> statement-breakpoint
CREATE INDEX "documents_published_idx" ON "documents" USING btree ("published_on");--> statement-breakpoint
CREATE INDEX "reconsiderations_case_idx" ON "reconsiderations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "reconsiderations_requested_idx" ON "reconsiderations" USING btree ("requested_on");--> statement-breakpoint
CREATE INDEX "unilateral_actions_case_idx" ON "unilateral_actions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "unilateral_actions_taken_idx" ON "unilateral_actions" USING btree ("taken_at");