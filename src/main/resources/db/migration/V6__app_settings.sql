-- The program's own settings that are not about the cell: the opening password (only its salted,
-- slow hash), the idle minutes before the screen locks. One row per key; a missing key means the
-- default (no password, no lock).
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
