-- WireDesk schema for SQLite.
-- Instants are UTC text 'yyyy-MM-ddTHH:mm:ss.ffffffZ' (fixed width, so text order is time order).
-- Booleans are 0/1. A story's own times keep their original offsets inside story_json.

CREATE TABLE deliveries (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source        TEXT    NOT NULL,
    transport     TEXT    NOT NULL,
    name          TEXT,
    content_type  TEXT,
    sha256        TEXT    NOT NULL,
    bytes         BLOB    NOT NULL,
    received_at   TEXT    NOT NULL,
    -- durable inbox: pending -> done | failed
    status        TEXT    NOT NULL DEFAULT 'pending',
    error         TEXT,
    processed_at  TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_deliveries_status_id ON deliveries (status, id);
CREATE INDEX ix_deliveries_sha256 ON deliveries (sha256);

CREATE TABLE stories (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    source             TEXT    NOT NULL,
    guid               TEXT    NOT NULL,
    slug               TEXT    NOT NULL,
    state              TEXT    NOT NULL,
    current_version_id INTEGER REFERENCES story_versions (id),
    embargo_until      TEXT,
    published_at       TEXT,
    modified_at        TEXT,
    received_at        TEXT    NOT NULL,
    headline_override  TEXT,
    section            TEXT,
    cluster_id         INTEGER,
    reviewed           INTEGER NOT NULL DEFAULT 0,
    edited             INTEGER NOT NULL DEFAULT 0,
    hold_reason        TEXT,
    kill_reason        TEXT,
    -- copied from the current version for listing and filtering
    agency             TEXT,
    headline           TEXT,
    place              TEXT,
    country            TEXT,
    language           TEXT,
    urgency            INTEGER,
    -- the listing order: newest first by published time, received time until published
    sort_at            TEXT GENERATED ALWAYS AS (COALESCE(published_at, received_at)) STORED,
    CONSTRAINT ux_stories_source_guid UNIQUE (source, guid)
);

CREATE INDEX ix_stories_sort ON stories (sort_at DESC, id DESC);
CREATE INDEX ix_stories_state_sort ON stories (state, sort_at DESC, id DESC);
CREATE INDEX ix_stories_source_sort ON stories (source, sort_at DESC, id DESC);
CREATE INDEX ix_stories_agency_sort ON stories (agency, sort_at DESC, id DESC);
CREATE INDEX ix_stories_section_sort ON stories (section, sort_at DESC, id DESC);
CREATE INDEX ix_stories_embargo ON stories (embargo_until) WHERE embargo_until IS NOT NULL;

-- Append-only: a row is never updated. arrival counts the copies of one story from 1 in the order received.
CREATE TABLE story_versions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id        INTEGER NOT NULL REFERENCES stories (id),
    version         INTEGER,
    version_created TEXT,
    arrival         INTEGER NOT NULL,
    content_hash    TEXT    NOT NULL,
    story_json      TEXT    NOT NULL,
    delivery_id     INTEGER REFERENCES deliveries (id),
    received_at     TEXT    NOT NULL,
    CONSTRAINT ux_story_versions_story_arrival UNIQUE (story_id, arrival)
);

CREATE INDEX ix_story_versions_content_hash ON story_versions (content_hash);
CREATE INDEX ix_story_versions_delivery ON story_versions (delivery_id) WHERE delivery_id IS NOT NULL;

CREATE TABLE audit (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id   INTEGER NOT NULL REFERENCES stories (id),
    action     TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    version_id INTEGER REFERENCES story_versions (id),
    at         TEXT    NOT NULL,
    detail     TEXT
);

CREATE INDEX ix_audit_story ON audit (story_id, id);
