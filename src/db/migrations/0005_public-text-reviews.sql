CREATE TABLE "public_text_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"field" text NOT NULL,
	"text_hash" text NOT NULL,
	"author_id" uuid,
	"findings" jsonb NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "public_text_reviews_subject_key" ON "public_text_reviews" USING btree ("subject_kind","subject_id","field");