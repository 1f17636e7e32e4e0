-- Transports: the durable inbox's idempotency keys, transport metadata and claim leases; per-source status.

ALTER TABLE deliveries ADD COLUMN idempotency_key TEXT;
ALTER TABLE deliveries ADD COLUMN metadata TEXT;
ALTER TABLE deliveries ADD COLUMN lease_owner TEXT;
ALTER TABLE deliveries ADD COLUMN lease_until TEXT;

CREATE UNIQUE INDEX ux_deliveries_source_idempotency ON deliveries (source, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_deliveries_source_received ON deliveries (source, received_at);

-- One row per source: what its transport last did, and what a poller must remember between runs.
CREATE TABLE source_status (
    source               TEXT    PRIMARY KEY,
    last_success_at      TEXT,
    last_error_at        TEXT,
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_delivery_at     TEXT,
    receipt_lag_ms       REAL,
    agency_lag_ms        REAL,
    poll_etag            TEXT,
    poll_last_modified   TEXT,
    poll_next_at         TEXT
);

CREATE INDEX ix_story_versions_received ON story_versions (received_at);
