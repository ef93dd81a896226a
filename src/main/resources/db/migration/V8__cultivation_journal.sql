-- The training journal (Nhật ký bồi dưỡng): tasks given to a candidate and how they went, the helper's
-- periodic reviews on the four usual headings, activities and free notes. One table for all kinds, so the
-- journal reads in one query newest first; columns a kind does not use stay NULL or empty.
-- Ratings: GOOD, FAIR, AVERAGE, WEAK; result: DONE_WELL, DONE, NOT_DONE; ready: 1 (may be proposed), 0.
CREATE TABLE journal_entry (
    id                INTEGER PRIMARY KEY,
    candidate_id      INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL CHECK (kind IN ('TASK', 'REVIEW', 'ACTIVITY', 'NOTE')),
    entry_date        TEXT    NOT NULL,
    person            TEXT    NOT NULL DEFAULT '',
    text              TEXT    NOT NULL DEFAULT '',
    due_date          TEXT,
    result            TEXT    CHECK (result IS NULL OR result IN ('DONE_WELL', 'DONE', 'NOT_DONE')),
    result_date       TEXT,
    result_comment    TEXT    NOT NULL DEFAULT '',
    political_rating  TEXT,
    political_comment TEXT    NOT NULL DEFAULT '',
    ethics_rating     TEXT,
    ethics_comment    TEXT    NOT NULL DEFAULT '',
    work_rating       TEXT,
    work_comment      TEXT    NOT NULL DEFAULT '',
    relations_rating  TEXT,
    relations_comment TEXT    NOT NULL DEFAULT '',
    ready             INTEGER CHECK (ready IS NULL OR ready IN (0, 1))
);

CREATE INDEX journal_entry_candidate ON journal_entry (candidate_id, entry_date);

-- Audited like the steps (see V7__audit_log.sql).

CREATE TRIGGER audit_journal_entry_insert AFTER INSERT ON journal_entry
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'journal_entry', NEW.id, NEW.candidate_id, 'INSERT',
            NULL,
            json_object('candidate_id', NEW.candidate_id, 'kind', NEW.kind, 'entry_date', NEW.entry_date, 'person', NEW.person,
                        'text', NEW.text, 'due_date', NEW.due_date, 'result', NEW.result, 'result_date', NEW.result_date,
                        'result_comment', NEW.result_comment, 'political_rating', NEW.political_rating, 'political_comment', NEW.political_comment, 'ethics_rating', NEW.ethics_rating,
                        'ethics_comment', NEW.ethics_comment, 'work_rating', NEW.work_rating, 'work_comment', NEW.work_comment, 'relations_rating', NEW.relations_rating,
                        'relations_comment', NEW.relations_comment, 'ready', NEW.ready));
END;

CREATE TRIGGER audit_journal_entry_update AFTER UPDATE ON journal_entry
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.kind IS NOT NEW.kind OR OLD.entry_date IS NOT NEW.entry_date OR OLD.person IS NOT NEW.person OR OLD.text IS NOT NEW.text OR OLD.due_date IS NOT NEW.due_date OR OLD.result IS NOT NEW.result OR OLD.result_date IS NOT NEW.result_date OR OLD.result_comment IS NOT NEW.result_comment OR OLD.political_rating IS NOT NEW.political_rating OR OLD.political_comment IS NOT NEW.political_comment OR OLD.ethics_rating IS NOT NEW.ethics_rating OR OLD.ethics_comment IS NOT NEW.ethics_comment OR OLD.work_rating IS NOT NEW.work_rating OR OLD.work_comment IS NOT NEW.work_comment OR OLD.relations_rating IS NOT NEW.relations_rating OR OLD.relations_comment IS NOT NEW.relations_comment OR OLD.ready IS NOT NEW.ready
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'journal_entry', NEW.id, NEW.candidate_id, 'UPDATE',
            json_object('candidate_id', OLD.candidate_id, 'kind', OLD.kind, 'entry_date', OLD.entry_date, 'person', OLD.person,
                        'text', OLD.text, 'due_date', OLD.due_date, 'result', OLD.result, 'result_date', OLD.result_date,
                        'result_comment', OLD.result_comment, 'political_rating', OLD.political_rating, 'political_comment', OLD.political_comment, 'ethics_rating', OLD.ethics_rating,
                        'ethics_comment', OLD.ethics_comment, 'work_rating', OLD.work_rating, 'work_comment', OLD.work_comment, 'relations_rating', OLD.relations_rating,
                        'relations_comment', OLD.relations_comment, 'ready', OLD.ready),
            json_object('candidate_id', NEW.candidate_id, 'kind', NEW.kind, 'entry_date', NEW.entry_date, 'person', NEW.person,
                        'text', NEW.text, 'due_date', NEW.due_date, 'result', NEW.result, 'result_date', NEW.result_date,
                        'result_comment', NEW.result_comment, 'political_rating', NEW.political_rating, 'political_comment', NEW.political_comment, 'ethics_rating', NEW.ethics_rating,
                        'ethics_comment', NEW.ethics_comment, 'work_rating', NEW.work_rating, 'work_comment', NEW.work_comment, 'relations_rating', NEW.relations_rating,
                        'relations_comment', NEW.relations_comment, 'ready', NEW.ready));
END;

CREATE TRIGGER audit_journal_entry_delete AFTER DELETE ON journal_entry
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'journal_entry', OLD.id, OLD.candidate_id, 'DELETE',
            json_object('candidate_id', OLD.candidate_id, 'kind', OLD.kind, 'entry_date', OLD.entry_date, 'person', OLD.person,
                        'text', OLD.text, 'due_date', OLD.due_date, 'result', OLD.result, 'result_date', OLD.result_date,
                        'result_comment', OLD.result_comment, 'political_rating', OLD.political_rating, 'political_comment', OLD.political_comment, 'ethics_rating', OLD.ethics_rating,
                        'ethics_comment', OLD.ethics_comment, 'work_rating', OLD.work_rating, 'work_comment', OLD.work_comment, 'relations_rating', OLD.relations_rating,
                        'relations_comment', OLD.relations_comment, 'ready', OLD.ready),
            NULL);
END;
