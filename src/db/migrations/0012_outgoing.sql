CREATE TABLE "outgoing_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipients_sealed" text NOT NULL,
	"recipients_hash" text NOT NULL,
	"content_sealed" text NOT NULL,
	"text_sealed" text NOT NULL,
	"text_hash" text NOT NULL,
	"counts" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"editor_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approved_text_hash" text,
	"approved_recipients_hash" text,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"sent_via" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outgoing_messages" ADD CONSTRAINT "outgoing_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outgoing_messages_case_idx" ON "outgoing_messages" USING btree ("case_id","created_at");