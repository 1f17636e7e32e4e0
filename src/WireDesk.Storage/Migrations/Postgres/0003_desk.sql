-- The editors' desk: accounts, the log of changes to sources and accounts, and what its pages look up.

CREATE TABLE desk_users (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text        NOT NULL,
    role            text        NOT NULL,
    -- ASP.NET Core Identity password hash (PBKDF2 with salt); never the password
    password_hash   text        NOT NULL,
    created_at      timestamptz NOT NULL,
    failed_sign_ins integer     NOT NULL DEFAULT 0,
    last_failed_at  timestamptz,
    locked_until    timestamptz,
    CONSTRAINT ux_desk_users_name UNIQUE (name)
);

CREATE TABLE desk_changes (
    id      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      timestamptz NOT NULL,
    actor   text        NOT NULL,
    action  text        NOT NULL,
    subject text        NOT NULL,
    detail  text
);

-- Receipts and last error per source on the sources page.
CREATE INDEX ix_deliveries_source_id ON deliveries (source, id);
