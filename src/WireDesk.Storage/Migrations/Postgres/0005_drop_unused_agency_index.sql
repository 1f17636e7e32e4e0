-- Listings filter on lower(agency) (0004's expression index); this one was never used, and every story paid for it.
DROP INDEX IF EXISTS ix_stories_agency_sort;
