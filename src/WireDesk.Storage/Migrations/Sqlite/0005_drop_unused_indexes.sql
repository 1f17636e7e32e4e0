-- Indexes no query uses, paid for by every story written. Listings filter on lower(agency) (0004's expression
-- index), and nothing looks deliveries up by SHA-256 or versions by content hash (the lifecycle compares a story's
-- own versions); the two hash indexes were the costliest, as their keys land on random pages.
DROP INDEX IF EXISTS ix_stories_agency_sort;
DROP INDEX IF EXISTS ix_deliveries_sha256;
DROP INDEX IF EXISTS ix_story_versions_content_hash;
