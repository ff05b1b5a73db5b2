-- Documents become hosted, versioned Markdown. The old "documents" table was a changelog (one row
-- per version, grouped by title): its rows become document_versions under one document per title,
-- keeping their ids so the reviews of their public text (subject document_summary) still apply.
ALTER TABLE "documents" RENAME TO "documents_changelog_0007";--> statement-breakpoint
ALTER TABLE "documents_changelog_0007" RENAME CONSTRAINT "documents_pkey" TO "documents_changelog_0007_pkey";--> statement-breakpoint
DROP INDEX "documents_title_version_key";--> statement-breakpoint
DROP INDEX "documents_published_idx";--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"code_of_conduct" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "documents_slug_key" ON "documents" USING btree ("slug");--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"version" text NOT NULL,
	"published_on" date NOT NULL,
	"body" text,
	"summary" text NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"url" text,
	"board_approved_by" uuid,
	"board_approved_at" timestamp with time zone,
	"board_approval_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "documents" ("slug", "title", "created_at")
SELECT CASE WHEN n = 1 THEN base ELSE base || '-' || n END, "title", first_at
FROM (
	SELECT "title", first_at, base, row_number() OVER (PARTITION BY base ORDER BY "title") AS n
	FROM (
		SELECT "title", min("created_at") AS first_at,
			coalesce(nullif(trim(both '-' from lower(regexp_replace("title", '[^A-Za-z0-9]+', '-', 'g'))), ''), 'document') AS base
		FROM "documents_changelog_0007" GROUP BY "title"
	) titles
) slugs;--> statement-breakpoint
INSERT INTO "document_versions" ("id", "document_id", "seq", "version", "published_on", "summary", "url", "created_by", "created_at")
SELECT o."id", d."id",
	row_number() OVER (PARTITION BY o."title" ORDER BY o."published_on", o."created_at", o."version"),
	o."version", o."published_on", o."summary", o."url", o."created_by", o."created_at"
FROM "documents_changelog_0007" o JOIN "documents" d ON d."title" = o."title";--> statement-breakpoint
DROP TABLE "documents_changelog_0007";--> statement-breakpoint
CREATE TABLE "community_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"document_id" uuid,
	"body_sealed" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"public_title" text,
	"public_text" text,
	"resolved_by_version_id" uuid,
	"triaged_by" uuid,
	"triaged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_submissions" ADD CONSTRAINT "community_submissions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_submissions" ADD CONSTRAINT "community_submissions_resolved_by_version_id_document_versions_id_fk" FOREIGN KEY ("resolved_by_version_id") REFERENCES "public"."document_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_submissions_status_idx" ON "community_submissions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_version_key" ON "document_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_seq_key" ON "document_versions" USING btree ("document_id","seq");--> statement-breakpoint
CREATE INDEX "document_versions_published_idx" ON "document_versions" USING btree ("published_on");
