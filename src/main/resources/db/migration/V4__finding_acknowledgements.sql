-- A committee member's acknowledgement of a finding (an approved exception, for example): kept with
-- who and when, shown beside the finding, withdrawn only on purpose. finding_key identifies the
-- finding (rule, message and its details); when the file changes so that the finding differs, the
-- acknowledgement no longer matches it.
CREATE TABLE finding_ack (
    id              INTEGER PRIMARY KEY,
    candidate_id    INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    finding_key     TEXT    NOT NULL,
    rule            TEXT    NOT NULL,
    reason          TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    acknowledged_by TEXT    NOT NULL,
    acknowledged_at TEXT    NOT NULL,
    UNIQUE (candidate_id, finding_key)
);
