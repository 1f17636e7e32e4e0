-- The editors' desk: accounts, the log of changes to sources and accounts, and what its pages look up.

CREATE TABLE desk_users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    -- ASP.NET Core Identity password hash (PBKDF2 with salt); never the password
    password_hash   TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    locked_until    TEXT,
    CONSTRAINT ux_desk_users_name UNIQUE (name)
);

CREATE TABLE desk_changes (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT
);

-- Receipts and last error per source on the sources page.
CREATE INDEX ix_deliveries_source_id ON deliveries (source, id);
