CREATE TABLE "message_templates" (
	"key" text PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"receipt_hash" text NOT NULL,
	"contact_sealed" text,
	"details_sealed" text,
	"acknowledge_by" timestamp with time zone NOT NULL,
	"respond_by" timestamp with time zone NOT NULL,
	"first_responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_receipt_hash_unique" UNIQUE("receipt_hash")
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;