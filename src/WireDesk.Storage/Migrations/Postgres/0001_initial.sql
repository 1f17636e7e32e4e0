-- WireDesk schema for PostgreSQL. Instants are timestamptz (microseconds); a story's own times keep their
-- original offsets inside story_json.

CREATE TABLE deliveries (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source        text        NOT NULL,
    transport     text        NOT NULL,
    name          text,
    content_type  text,
    sha256        text        NOT NULL,
    bytes         bytea       NOT NULL,
    received_at   timestamptz NOT NULL,
    -- durable inbox: pending -> done | failed
    status        text        NOT NULL DEFAULT 'pending',
    error         text,
    processed_at  timestamptz,
    attempts      integer     NOT NULL DEFAULT 0
);

CREATE INDEX ix_deliveries_status_id ON deliveries (status, id);
CREATE INDEX ix_deliveries_sha256 ON deliveries (sha256);

CREATE TABLE stories (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source             text        NOT NULL,
    guid               text        NOT NULL,
    slug               text        NOT NULL,
    state              text        NOT NULL,
    current_version_id bigint,
    embargo_until      timestamptz,
    published_at       timestamptz,
    modified_at        timestamptz,
    received_at        timestamptz NOT NULL,
    headline_override  text,
    section            text,
    cluster_id         bigint,
    reviewed           boolean     NOT NULL DEFAULT false,
    edited             boolean     NOT NULL DEFAULT false,
    hold_reason        text,
    kill_reason        text,
    -- copied from the current version for listing and filtering
    agency             text,
    headline           text,
    place              text,
    country            text,
    language           text,
    urgency            integer,
    -- the listing order: newest first by published time, received time until published
    sort_at            timestamptz GENERATED ALWAYS AS (COALESCE(published_at, received_at)) STORED,
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
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id        bigint      NOT NULL REFERENCES stories (id),
    version         integer,
    version_created timestamptz,
    arrival         bigint      NOT NULL,
    content_hash    text        NOT NULL,
    story_json      text        NOT NULL,
    delivery_id     bigint      REFERENCES deliveries (id),
    received_at     timestamptz NOT NULL,
    CONSTRAINT ux_story_versions_story_arrival UNIQUE (story_id, arrival)
);

ALTER TABLE stories
    ADD CONSTRAINT fk_stories_current_version FOREIGN KEY (current_version_id) REFERENCES story_versions (id);

CREATE INDEX ix_story_versions_content_hash ON story_versions (content_hash);
CREATE INDEX ix_story_versions_delivery ON story_versions (delivery_id) WHERE delivery_id IS NOT NULL;

CREATE TABLE audit (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    story_id   bigint      NOT NULL REFERENCES stories (id),
    action     text        NOT NULL,
    actor      text        NOT NULL,
    version_id bigint      REFERENCES story_versions (id),
    at         timestamptz NOT NULL,
    detail     text
);

CREATE INDEX ix_audit_story ON audit (story_id, id);
