CREATE TABLE "portal_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "contact_index" text;--> statement-breakpoint
ALTER TABLE "portal_links" ADD CONSTRAINT "portal_links_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_links_case" ON "portal_links" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "reports_contact_index" ON "reports" USING btree ("contact_index");