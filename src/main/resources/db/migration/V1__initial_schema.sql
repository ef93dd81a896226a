-- The cell that keeps this database: one row, id 1.
CREATE TABLE cell (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    name               TEXT    NOT NULL,
    superior_committee TEXT    NOT NULL DEFAULT '',
    place_name         TEXT    NOT NULL DEFAULT '',
    secretary_name     TEXT    NOT NULL DEFAULT '',
    official_members   INTEGER NOT NULL DEFAULT 0 CHECK (official_members >= 0)
);

CREATE TABLE source_category (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0
);

INSERT INTO source_category (name, sort_order) VALUES
    ('Đoàn viên thanh niên', 1),
    ('Quân nhân xuất ngũ', 2),
    ('Sinh viên tốt nghiệp về địa phương', 3),
    ('Hội viên các đoàn thể', 4),
    ('Người lao động tại doanh nghiệp', 5),
    ('Cán bộ, công chức, viên chức', 6),
    ('Người lao động tự do, kinh doanh', 7),
    ('Khác', 99);

CREATE TABLE candidate (
    id                         INTEGER PRIMARY KEY,
    full_name                  TEXT    NOT NULL CHECK (length(trim(full_name)) > 0),
    birth_name                 TEXT    NOT NULL DEFAULT '',
    alias                      TEXT    NOT NULL DEFAULT '',
    gender                     TEXT    NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date                 TEXT    NOT NULL,
    birth_place                TEXT    NOT NULL DEFAULT '',
    home_town                  TEXT    NOT NULL DEFAULT '',
    permanent_residence        TEXT    NOT NULL DEFAULT '',
    temporary_residence        TEXT    NOT NULL DEFAULT '',
    ethnicity                  TEXT    NOT NULL DEFAULT '',
    religion                   TEXT    NOT NULL DEFAULT '',
    citizen_id                 TEXT,
    phone                      TEXT    NOT NULL DEFAULT '',
    occupation                 TEXT    NOT NULL DEFAULT '',
    workplace                  TEXT    NOT NULL DEFAULT '',
    education                  TEXT    NOT NULL DEFAULT '',
    professional_qualification TEXT    NOT NULL DEFAULT '',
    political_theory           TEXT    NOT NULL DEFAULT '',
    youth_union_member         INTEGER NOT NULL DEFAULT 0 CHECK (youth_union_member IN (0, 1)),
    youth_union_since          TEXT,
    mass_associations          TEXT    NOT NULL DEFAULT '',
    source_category_id         INTEGER REFERENCES source_category (id) ON DELETE SET NULL,
    notes                      TEXT    NOT NULL DEFAULT '',
    photo                      BLOB,
    created_at                 TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at                 TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

-- A citizen ID identifies one person: two candidates may not share it (empty is stored as NULL).
CREATE UNIQUE INDEX candidate_citizen_id ON candidate (citizen_id) WHERE citizen_id IS NOT NULL;

CREATE TABLE step (
    id               INTEGER PRIMARY KEY,
    candidate_id     INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    code             TEXT    NOT NULL,
    step_date        TEXT    NOT NULL,
    document_number  TEXT    NOT NULL DEFAULT '',
    issuing_body     TEXT    NOT NULL DEFAULT '',
    received_date    TEXT,
    result           TEXT    NOT NULL DEFAULT '',
    official_members INTEGER CHECK (official_members IS NULL OR official_members >= 0),
    votes_for        INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
    note             TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX step_candidate ON step (candidate_id, step_date);

CREATE TABLE step_person (
    id          INTEGER PRIMARY KEY,
    step_id     INTEGER NOT NULL REFERENCES step (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('HELPER', 'INTRODUCER', 'YOUTH_UNION_INTRODUCER')),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    known_since TEXT
);

CREATE INDEX step_person_step ON step_person (step_id);
