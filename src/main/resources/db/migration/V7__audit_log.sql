-- The audit trail (Nhật ký): every insert, change and delete of the data is written down with when,
-- by whom (the operating system's user) and on which computer, with the values before and after as
-- JSON. Triggers do the writing, so no code path of the program, present or future, can forget it.
--
-- A migration that rebuilds one of these tables (SQLite's way to alter a column) drops its triggers
-- with it and must create them again; AuditTriggersTest fails for any data table without them.

-- Who is working: one row, written by the program each time it opens the database, read by the
-- triggers.
CREATE TABLE audit_context (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    user_name     TEXT    NOT NULL DEFAULT '',
    computer_name TEXT    NOT NULL DEFAULT ''
);

INSERT INTO audit_context (id) VALUES (1);

-- One row per change. entity is the table's name (or a program event's subject), entity_id its key
-- (a number, or the text key of holiday_correction, rule_setting, app_setting, so no type: values are
-- kept as given). candidate_id ties steps, their people and acknowledgements to the candidate and
-- stays after the candidate is deleted. action: INSERT, UPDATE, DELETE, or a program event such as
-- REVEAL. at: local time, to the millisecond.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now', 'localtime')),
    user_name     TEXT    NOT NULL DEFAULT '',
    computer_name TEXT    NOT NULL DEFAULT '',
    entity        TEXT    NOT NULL,
    entity_id,
    candidate_id  INTEGER,
    action        TEXT    NOT NULL,
    before_json   TEXT,
    after_json    TEXT,
    detail        TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_candidate ON audit_log (candidate_id, id);
CREATE INDEX audit_log_at ON audit_log (at);

-- The log cannot be edited or emptied, not by the program and not by plain SQL on the file.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log cannot be changed');
END;

-- Where the record starts: changes made before this version of the program are not in it.
INSERT INTO audit_log (entity, action) VALUES ('audit_log', 'START');

-- cell: the one row of the cell's details

CREATE TRIGGER audit_cell_insert AFTER INSERT ON cell
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'cell', NEW.id, NULL, 'INSERT',
            NULL,
            json_object('name', NEW.name, 'superior_committee', NEW.superior_committee, 'place_name', NEW.place_name,
                        'secretary_name', NEW.secretary_name, 'official_members', NEW.official_members));
END;

CREATE TRIGGER audit_cell_update AFTER UPDATE ON cell
WHEN OLD.name IS NOT NEW.name OR OLD.superior_committee IS NOT NEW.superior_committee OR OLD.place_name IS NOT NEW.place_name
  OR OLD.secretary_name IS NOT NEW.secretary_name OR OLD.official_members IS NOT NEW.official_members
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'cell', NEW.id, NULL, 'UPDATE',
            json_object('name', OLD.name, 'superior_committee', OLD.superior_committee, 'place_name', OLD.place_name,
                        'secretary_name', OLD.secretary_name, 'official_members', OLD.official_members),
            json_object('name', NEW.name, 'superior_committee', NEW.superior_committee, 'place_name', NEW.place_name,
                        'secretary_name', NEW.secretary_name, 'official_members', NEW.official_members));
END;

CREATE TRIGGER audit_cell_delete AFTER DELETE ON cell
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'cell', OLD.id, NULL, 'DELETE',
            json_object('name', OLD.name, 'superior_committee', OLD.superior_committee, 'place_name', OLD.place_name,
                        'secretary_name', OLD.secretary_name, 'official_members', OLD.official_members),
            NULL);
END;

-- source_category: the list of sources of candidates

CREATE TRIGGER audit_source_category_insert AFTER INSERT ON source_category
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'source_category', NEW.id, NULL, 'INSERT',
            NULL,
            json_object('name', NEW.name, 'sort_order', NEW.sort_order));
END;

CREATE TRIGGER audit_source_category_update AFTER UPDATE ON source_category
WHEN OLD.name IS NOT NEW.name OR OLD.sort_order IS NOT NEW.sort_order
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'source_category', NEW.id, NULL, 'UPDATE',
            json_object('name', OLD.name, 'sort_order', OLD.sort_order),
            json_object('name', NEW.name, 'sort_order', NEW.sort_order));
END;

CREATE TRIGGER audit_source_category_delete AFTER DELETE ON source_category
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'source_category', OLD.id, NULL, 'DELETE',
            json_object('name', OLD.name, 'sort_order', OLD.sort_order),
            NULL);
END;

-- candidate: every field but the photo itself (only a fingerprint of it: size and a few bytes, so that a
-- replaced photo shows as changed) and the technical created/updated times, which change on every save

CREATE TRIGGER audit_candidate_insert AFTER INSERT ON candidate
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'candidate', NEW.id, NEW.id, 'INSERT',
            NULL,
            json_object('full_name', NEW.full_name, 'birth_name', NEW.birth_name, 'alias', NEW.alias,
                        'gender', NEW.gender, 'birth_date', NEW.birth_date, 'birth_place', NEW.birth_place,
                        'home_town', NEW.home_town, 'permanent_residence', NEW.permanent_residence, 'temporary_residence', NEW.temporary_residence,
                        'ethnicity', NEW.ethnicity, 'religion', NEW.religion, 'citizen_id', NEW.citizen_id,
                        'phone', NEW.phone, 'occupation', NEW.occupation, 'workplace', NEW.workplace,
                        'education', NEW.education, 'professional_qualification', NEW.professional_qualification, 'political_theory', NEW.political_theory,
                        'youth_union_member', NEW.youth_union_member, 'youth_union_since', NEW.youth_union_since, 'mass_associations', NEW.mass_associations,
                        'source_category_id', NEW.source_category_id, 'notes', NEW.notes, 'photo', CASE WHEN NEW.photo IS NULL THEN NULL ELSE printf('%d:%s', length(NEW.photo), hex(substr(NEW.photo, length(NEW.photo) / 2, 16))) END));
END;

CREATE TRIGGER audit_candidate_update AFTER UPDATE ON candidate
WHEN OLD.full_name IS NOT NEW.full_name OR OLD.birth_name IS NOT NEW.birth_name OR OLD.alias IS NOT NEW.alias
  OR OLD.gender IS NOT NEW.gender OR OLD.birth_date IS NOT NEW.birth_date OR OLD.birth_place IS NOT NEW.birth_place
  OR OLD.home_town IS NOT NEW.home_town OR OLD.permanent_residence IS NOT NEW.permanent_residence OR OLD.temporary_residence IS NOT NEW.temporary_residence
  OR OLD.ethnicity IS NOT NEW.ethnicity OR OLD.religion IS NOT NEW.religion OR OLD.citizen_id IS NOT NEW.citizen_id
  OR OLD.phone IS NOT NEW.phone OR OLD.occupation IS NOT NEW.occupation OR OLD.workplace IS NOT NEW.workplace
  OR OLD.education IS NOT NEW.education OR OLD.professional_qualification IS NOT NEW.professional_qualification OR OLD.political_theory IS NOT NEW.political_theory
  OR OLD.youth_union_member IS NOT NEW.youth_union_member OR OLD.youth_union_since IS NOT NEW.youth_union_since OR OLD.mass_associations IS NOT NEW.mass_associations
  OR OLD.source_category_id IS NOT NEW.source_category_id OR OLD.notes IS NOT NEW.notes OR OLD.photo IS NOT NEW.photo
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'candidate', NEW.id, NEW.id, 'UPDATE',
            json_object('full_name', OLD.full_name, 'birth_name', OLD.birth_name, 'alias', OLD.alias,
                        'gender', OLD.gender, 'birth_date', OLD.birth_date, 'birth_place', OLD.birth_place,
                        'home_town', OLD.home_town, 'permanent_residence', OLD.permanent_residence, 'temporary_residence', OLD.temporary_residence,
                        'ethnicity', OLD.ethnicity, 'religion', OLD.religion, 'citizen_id', OLD.citizen_id,
                        'phone', OLD.phone, 'occupation', OLD.occupation, 'workplace', OLD.workplace,
                        'education', OLD.education, 'professional_qualification', OLD.professional_qualification, 'political_theory', OLD.political_theory,
                        'youth_union_member', OLD.youth_union_member, 'youth_union_since', OLD.youth_union_since, 'mass_associations', OLD.mass_associations,
                        'source_category_id', OLD.source_category_id, 'notes', OLD.notes, 'photo', CASE WHEN OLD.photo IS NULL THEN NULL ELSE printf('%d:%s', length(OLD.photo), hex(substr(OLD.photo, length(OLD.photo) / 2, 16))) END),
            json_object('full_name', NEW.full_name, 'birth_name', NEW.birth_name, 'alias', NEW.alias,
                        'gender', NEW.gender, 'birth_date', NEW.birth_date, 'birth_place', NEW.birth_place,
                        'home_town', NEW.home_town, 'permanent_residence', NEW.permanent_residence, 'temporary_residence', NEW.temporary_residence,
                        'ethnicity', NEW.ethnicity, 'religion', NEW.religion, 'citizen_id', NEW.citizen_id,
                        'phone', NEW.phone, 'occupation', NEW.occupation, 'workplace', NEW.workplace,
                        'education', NEW.education, 'professional_qualification', NEW.professional_qualification, 'political_theory', NEW.political_theory,
                        'youth_union_member', NEW.youth_union_member, 'youth_union_since', NEW.youth_union_since, 'mass_associations', NEW.mass_associations,
                        'source_category_id', NEW.source_category_id, 'notes', NEW.notes, 'photo', CASE WHEN NEW.photo IS NULL THEN NULL ELSE printf('%d:%s', length(NEW.photo), hex(substr(NEW.photo, length(NEW.photo) / 2, 16))) END));
END;

CREATE TRIGGER audit_candidate_delete AFTER DELETE ON candidate
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'candidate', OLD.id, OLD.id, 'DELETE',
            json_object('full_name', OLD.full_name, 'birth_name', OLD.birth_name, 'alias', OLD.alias,
                        'gender', OLD.gender, 'birth_date', OLD.birth_date, 'birth_place', OLD.birth_place,
                        'home_town', OLD.home_town, 'permanent_residence', OLD.permanent_residence, 'temporary_residence', OLD.temporary_residence,
                        'ethnicity', OLD.ethnicity, 'religion', OLD.religion, 'citizen_id', OLD.citizen_id,
                        'phone', OLD.phone, 'occupation', OLD.occupation, 'workplace', OLD.workplace,
                        'education', OLD.education, 'professional_qualification', OLD.professional_qualification, 'political_theory', OLD.political_theory,
                        'youth_union_member', OLD.youth_union_member, 'youth_union_since', OLD.youth_union_since, 'mass_associations', OLD.mass_associations,
                        'source_category_id', OLD.source_category_id, 'notes', OLD.notes, 'photo', CASE WHEN OLD.photo IS NULL THEN NULL ELSE printf('%d:%s', length(OLD.photo), hex(substr(OLD.photo, length(OLD.photo) / 2, 16))) END),
            NULL);
END;

-- step: a BEFORE DELETE trigger, so that the people of a deleted step are still there to be written down
-- (a step's people are deleted by the cascade after the step's own row)

CREATE TRIGGER audit_step_insert AFTER INSERT ON step
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step', NEW.id, NEW.candidate_id, 'INSERT',
            NULL,
            json_object('candidate_id', NEW.candidate_id, 'code', NEW.code, 'step_date', NEW.step_date,
                        'document_number', NEW.document_number, 'issuing_body', NEW.issuing_body, 'received_date', NEW.received_date,
                        'result', NEW.result, 'official_members', NEW.official_members, 'votes_for', NEW.votes_for,
                        'note', NEW.note));
END;

CREATE TRIGGER audit_step_update AFTER UPDATE ON step
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.code IS NOT NEW.code OR OLD.step_date IS NOT NEW.step_date
  OR OLD.document_number IS NOT NEW.document_number OR OLD.issuing_body IS NOT NEW.issuing_body OR OLD.received_date IS NOT NEW.received_date
  OR OLD.result IS NOT NEW.result OR OLD.official_members IS NOT NEW.official_members OR OLD.votes_for IS NOT NEW.votes_for
  OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step', NEW.id, NEW.candidate_id, 'UPDATE',
            json_object('candidate_id', OLD.candidate_id, 'code', OLD.code, 'step_date', OLD.step_date,
                        'document_number', OLD.document_number, 'issuing_body', OLD.issuing_body, 'received_date', OLD.received_date,
                        'result', OLD.result, 'official_members', OLD.official_members, 'votes_for', OLD.votes_for,
                        'note', OLD.note),
            json_object('candidate_id', NEW.candidate_id, 'code', NEW.code, 'step_date', NEW.step_date,
                        'document_number', NEW.document_number, 'issuing_body', NEW.issuing_body, 'received_date', NEW.received_date,
                        'result', NEW.result, 'official_members', NEW.official_members, 'votes_for', NEW.votes_for,
                        'note', NEW.note));
END;

CREATE TRIGGER audit_step_delete BEFORE DELETE ON step
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step', OLD.id, OLD.candidate_id, 'DELETE',
            json_object('candidate_id', OLD.candidate_id, 'code', OLD.code, 'step_date', OLD.step_date,
                        'document_number', OLD.document_number, 'issuing_body', OLD.issuing_body, 'received_date', OLD.received_date,
                        'result', OLD.result, 'official_members', OLD.official_members, 'votes_for', OLD.votes_for,
                        'note', OLD.note, 'people', (SELECT json_group_array(json_object('role', p.role, 'name', p.name, 'known_since', p.known_since)) FROM (SELECT role, name, known_since FROM step_person WHERE step_id = OLD.id ORDER BY position) p)),
            NULL);
END;

-- step_person: the candidate and the step are found through the step; a person deleted with their step
-- is already in that step's DELETE entry, so only a person removed from a step that stays is written

CREATE TRIGGER audit_step_person_insert AFTER INSERT ON step_person
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step_person', NEW.id, (SELECT candidate_id FROM step WHERE id = NEW.step_id), 'INSERT',
            NULL,
            json_object('step_id', NEW.step_id, 'role', NEW.role, 'name', NEW.name,
                        'known_since', NEW.known_since, 'step_code', (SELECT code FROM step WHERE id = NEW.step_id), 'step_date', (SELECT step_date FROM step WHERE id = NEW.step_id)));
END;

CREATE TRIGGER audit_step_person_update AFTER UPDATE ON step_person
WHEN OLD.step_id IS NOT NEW.step_id OR OLD.role IS NOT NEW.role OR OLD.name IS NOT NEW.name
  OR OLD.known_since IS NOT NEW.known_since
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step_person', NEW.id, (SELECT candidate_id FROM step WHERE id = NEW.step_id), 'UPDATE',
            json_object('step_id', OLD.step_id, 'role', OLD.role, 'name', OLD.name,
                        'known_since', OLD.known_since, 'step_code', (SELECT code FROM step WHERE id = OLD.step_id), 'step_date', (SELECT step_date FROM step WHERE id = OLD.step_id)),
            json_object('step_id', NEW.step_id, 'role', NEW.role, 'name', NEW.name,
                        'known_since', NEW.known_since, 'step_code', (SELECT code FROM step WHERE id = NEW.step_id), 'step_date', (SELECT step_date FROM step WHERE id = NEW.step_id)));
END;

CREATE TRIGGER audit_step_person_delete AFTER DELETE ON step_person
WHEN EXISTS (SELECT 1 FROM step WHERE id = OLD.step_id)
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step_person', OLD.id, (SELECT candidate_id FROM step WHERE id = OLD.step_id), 'DELETE',
            json_object('step_id', OLD.step_id, 'role', OLD.role, 'name', OLD.name,
                        'known_since', OLD.known_since, 'step_code', (SELECT code FROM step WHERE id = OLD.step_id), 'step_date', (SELECT step_date FROM step WHERE id = OLD.step_id)),
            NULL);
END;

-- finding_ack: acknowledgements of findings

CREATE TRIGGER audit_finding_ack_insert AFTER INSERT ON finding_ack
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'finding_ack', NEW.id, NEW.candidate_id, 'INSERT',
            NULL,
            json_object('candidate_id', NEW.candidate_id, 'rule', NEW.rule, 'reason', NEW.reason,
                        'acknowledged_by', NEW.acknowledged_by, 'acknowledged_at', NEW.acknowledged_at, 'finding_key', NEW.finding_key));
END;

CREATE TRIGGER audit_finding_ack_update AFTER UPDATE ON finding_ack
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.rule IS NOT NEW.rule OR OLD.reason IS NOT NEW.reason
  OR OLD.acknowledged_by IS NOT NEW.acknowledged_by OR OLD.acknowledged_at IS NOT NEW.acknowledged_at OR OLD.finding_key IS NOT NEW.finding_key
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'finding_ack', NEW.id, NEW.candidate_id, 'UPDATE',
            json_object('candidate_id', OLD.candidate_id, 'rule', OLD.rule, 'reason', OLD.reason,
                        'acknowledged_by', OLD.acknowledged_by, 'acknowledged_at', OLD.acknowledged_at, 'finding_key', OLD.finding_key),
            json_object('candidate_id', NEW.candidate_id, 'rule', NEW.rule, 'reason', NEW.reason,
                        'acknowledged_by', NEW.acknowledged_by, 'acknowledged_at', NEW.acknowledged_at, 'finding_key', NEW.finding_key));
END;

CREATE TRIGGER audit_finding_ack_delete AFTER DELETE ON finding_ack
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'finding_ack', OLD.id, OLD.candidate_id, 'DELETE',
            json_object('candidate_id', OLD.candidate_id, 'rule', OLD.rule, 'reason', OLD.reason,
                        'acknowledged_by', OLD.acknowledged_by, 'acknowledged_at', OLD.acknowledged_at, 'finding_key', OLD.finding_key),
            NULL);
END;

-- holiday_correction: the committee's corrections to the days off

CREATE TRIGGER audit_holiday_correction_insert AFTER INSERT ON holiday_correction
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'holiday_correction', NEW.day, NULL, 'INSERT',
            NULL,
            json_object('day', NEW.day, 'day_off', NEW.day_off, 'name', NEW.name));
END;

CREATE TRIGGER audit_holiday_correction_update AFTER UPDATE ON holiday_correction
WHEN OLD.day IS NOT NEW.day OR OLD.day_off IS NOT NEW.day_off OR OLD.name IS NOT NEW.name
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'holiday_correction', NEW.day, NULL, 'UPDATE',
            json_object('day', OLD.day, 'day_off', OLD.day_off, 'name', OLD.name),
            json_object('day', NEW.day, 'day_off', NEW.day_off, 'name', NEW.name));
END;

CREATE TRIGGER audit_holiday_correction_delete AFTER DELETE ON holiday_correction
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'holiday_correction', OLD.day, NULL, 'DELETE',
            json_object('day', OLD.day, 'day_off', OLD.day_off, 'name', OLD.name),
            NULL);
END;

-- rule_setting: the rules' numbers

CREATE TRIGGER audit_rule_setting_insert AFTER INSERT ON rule_setting
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'rule_setting', NEW.code, NULL, 'INSERT',
            NULL,
            json_object('code', NEW.code, 'value', NEW.value));
END;

CREATE TRIGGER audit_rule_setting_update AFTER UPDATE ON rule_setting
WHEN OLD.code IS NOT NEW.code OR OLD.value IS NOT NEW.value
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'rule_setting', NEW.code, NULL, 'UPDATE',
            json_object('code', OLD.code, 'value', OLD.value),
            json_object('code', NEW.code, 'value', NEW.value));
END;

CREATE TRIGGER audit_rule_setting_delete AFTER DELETE ON rule_setting
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'rule_setting', OLD.code, NULL, 'DELETE',
            json_object('code', OLD.code, 'value', OLD.value),
            NULL);
END;

-- year_target: each year's target

CREATE TRIGGER audit_year_target_insert AFTER INSERT ON year_target
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'year_target', NEW.year, NULL, 'INSERT',
            NULL,
            json_object('year', NEW.year, 'cultivated_min', NEW.cultivated_min, 'cultivated_max', NEW.cultivated_max,
                        'admitted_min', NEW.admitted_min, 'admitted_max', NEW.admitted_max, 'recognised_min', NEW.recognised_min,
                        'recognised_max', NEW.recognised_max, 'note', NEW.note));
END;

CREATE TRIGGER audit_year_target_update AFTER UPDATE ON year_target
WHEN OLD.year IS NOT NEW.year OR OLD.cultivated_min IS NOT NEW.cultivated_min OR OLD.cultivated_max IS NOT NEW.cultivated_max
  OR OLD.admitted_min IS NOT NEW.admitted_min OR OLD.admitted_max IS NOT NEW.admitted_max OR OLD.recognised_min IS NOT NEW.recognised_min
  OR OLD.recognised_max IS NOT NEW.recognised_max OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'year_target', NEW.year, NULL, 'UPDATE',
            json_object('year', OLD.year, 'cultivated_min', OLD.cultivated_min, 'cultivated_max', OLD.cultivated_max,
                        'admitted_min', OLD.admitted_min, 'admitted_max', OLD.admitted_max, 'recognised_min', OLD.recognised_min,
                        'recognised_max', OLD.recognised_max, 'note', OLD.note),
            json_object('year', NEW.year, 'cultivated_min', NEW.cultivated_min, 'cultivated_max', NEW.cultivated_max,
                        'admitted_min', NEW.admitted_min, 'admitted_max', NEW.admitted_max, 'recognised_min', NEW.recognised_min,
                        'recognised_max', NEW.recognised_max, 'note', NEW.note));
END;

CREATE TRIGGER audit_year_target_delete AFTER DELETE ON year_target
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'year_target', OLD.year, NULL, 'DELETE',
            json_object('year', OLD.year, 'cultivated_min', OLD.cultivated_min, 'cultivated_max', OLD.cultivated_max,
                        'admitted_min', OLD.admitted_min, 'admitted_max', OLD.admitted_max, 'recognised_min', OLD.recognised_min,
                        'recognised_max', OLD.recognised_max, 'note', OLD.note),
            NULL);
END;

-- app_setting: the program's settings. Their values are copied only for keys known to be harmless
-- (the idle minutes): the others hold a password's hash or the backups' key, of which only the fact
-- that it was set, changed or removed is written down; a key added later is treated the same way

CREATE TRIGGER audit_app_setting_insert AFTER INSERT ON app_setting
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'app_setting', NEW.key, NULL, 'INSERT',
            NULL,
            json_object('key', NEW.key, 'value', CASE WHEN NEW.key IN ('lock_idle_minutes') THEN NEW.value END));
END;

CREATE TRIGGER audit_app_setting_update AFTER UPDATE ON app_setting
WHEN OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'app_setting', NEW.key, NULL, 'UPDATE',
            json_object('key', OLD.key, 'value', CASE WHEN OLD.key IN ('lock_idle_minutes') THEN OLD.value END),
            json_object('key', NEW.key, 'value', CASE WHEN NEW.key IN ('lock_idle_minutes') THEN NEW.value END));
END;

CREATE TRIGGER audit_app_setting_delete AFTER DELETE ON app_setting
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'app_setting', OLD.key, NULL, 'DELETE',
            json_object('key', OLD.key, 'value', CASE WHEN OLD.key IN ('lock_idle_minutes') THEN OLD.value END),
            NULL);
END;

