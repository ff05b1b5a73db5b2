CREATE TABLE "key_rotations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_key" text NOT NULL,
	"to_key" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"moved" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "person_indexes" ADD COLUMN "key_id" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "key_id" text;