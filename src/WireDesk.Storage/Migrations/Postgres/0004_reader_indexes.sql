-- Reader surfaces: agency and place pages match without regard to ASCII case, related stories by cluster,
-- feeds and the API by last change.
CREATE INDEX ix_stories_agency_lower_sort ON stories (lower(agency), sort_at DESC, id DESC);
CREATE INDEX ix_stories_place_lower_sort ON stories (lower(place), sort_at DESC, id DESC);
CREATE INDEX ix_stories_cluster_sort ON stories (cluster_id, sort_at DESC, id DESC) WHERE cluster_id IS NOT NULL;
CREATE INDEX ix_stories_modified ON stories (modified_at) WHERE modified_at IS NOT NULL;
