-- Transports: the durable inbox's idempotency keys, transport metadata and claim leases; per-source status.

ALTER TABLE deliveries ADD COLUMN idempotency_key text;
ALTER TABLE deliveries ADD COLUMN metadata text;
ALTER TABLE deliveries ADD COLUMN lease_owner text;
ALTER TABLE deliveries ADD COLUMN lease_until timestamptz;

CREATE UNIQUE INDEX ux_deliveries_source_idempotency ON deliveries (source, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX ix_deliveries_source_received ON deliveries (source, received_at);

-- One row per source: what its transport last did, and what a poller must remember between runs.
CREATE TABLE source_status (
    source               text        PRIMARY KEY,
    last_success_at      timestamptz,
    last_error_at        timestamptz,
    last_error           text,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    last_delivery_at     timestamptz,
    receipt_lag_ms       double precision,
    agency_lag_ms        double precision,
    poll_etag            text,
    poll_last_modified   text,
    poll_next_at         timestamptz
);

CREATE INDEX ix_story_versions_received ON story_versions (received_at);
