CREATE TABLE "audit_anchors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"entry_id" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_verifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"checked" integer NOT NULL,
	"anchors_checked" integer NOT NULL,
	"first_bad_id" bigint,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "keyed" boolean DEFAULT false NOT NULL;