-- Two person code names that differ only in case would make the index fail with a bare
-- "could not create unique index"; say what to fix instead. Every write path already refuses
-- such a pair (createPerson and the import look names up case-insensitively).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "people" GROUP BY lower("code_name") HAVING count(*) > 1) THEN
    RAISE EXCEPTION 'people: two person code names differ only in case; rename one of them (candor migrate needs them distinct)';
  END IF;
END $$;
--> statement-breakpoint
CREATE UNIQUE INDEX "people_code_name_lower_idx" ON "people" USING btree (lower("code_name"));
