-- The vote of the cell's meeting on admission (CELL_RESOLUTION, mẫu 6-KNĐ) and on full membership
-- (OFFICIAL_RESOLUTION, mẫu 13-KNĐ) states how many official members were present, besides the cell's
-- official members and the votes in favour. Empty (NULL) on the steps stored before, and on every other
-- step: an old file opens as it was and the forms keep a blank for the committee to fill.
ALTER TABLE step ADD COLUMN members_present INTEGER CHECK (members_present IS NULL OR members_present >= 0);

-- The step's audit triggers write the new column too; they are made again with it.
DROP TRIGGER audit_step_insert;
DROP TRIGGER audit_step_update;
DROP TRIGGER audit_step_delete;

CREATE TRIGGER audit_step_insert AFTER INSERT ON step
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step', NEW.id, NEW.candidate_id, 'INSERT',
            NULL,
            json_object('candidate_id', NEW.candidate_id, 'code', NEW.code, 'step_date', NEW.step_date,
                        'document_number', NEW.document_number, 'issuing_body', NEW.issuing_body, 'received_date', NEW.received_date,
                        'result', NEW.result, 'official_members', NEW.official_members, 'members_present', NEW.members_present, 'votes_for', NEW.votes_for,
                        'note', NEW.note));
END;

CREATE TRIGGER audit_step_update AFTER UPDATE ON step
WHEN OLD.candidate_id IS NOT NEW.candidate_id OR OLD.code IS NOT NEW.code OR OLD.step_date IS NOT NEW.step_date
  OR OLD.document_number IS NOT NEW.document_number OR OLD.issuing_body IS NOT NEW.issuing_body OR OLD.received_date IS NOT NEW.received_date
  OR OLD.result IS NOT NEW.result OR OLD.official_members IS NOT NEW.official_members OR OLD.members_present IS NOT NEW.members_present OR OLD.votes_for IS NOT NEW.votes_for
  OR OLD.note IS NOT NEW.note
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step', NEW.id, NEW.candidate_id, 'UPDATE',
            json_object('candidate_id', OLD.candidate_id, 'code', OLD.code, 'step_date', OLD.step_date,
                        'document_number', OLD.document_number, 'issuing_body', OLD.issuing_body, 'received_date', OLD.received_date,
                        'result', OLD.result, 'official_members', OLD.official_members, 'members_present', OLD.members_present, 'votes_for', OLD.votes_for,
                        'note', OLD.note),
            json_object('candidate_id', NEW.candidate_id, 'code', NEW.code, 'step_date', NEW.step_date,
                        'document_number', NEW.document_number, 'issuing_body', NEW.issuing_body, 'received_date', NEW.received_date,
                        'result', NEW.result, 'official_members', NEW.official_members, 'members_present', NEW.members_present, 'votes_for', NEW.votes_for,
                        'note', NEW.note));
END;

CREATE TRIGGER audit_step_delete BEFORE DELETE ON step
BEGIN
    INSERT INTO audit_log (user_name, computer_name, entity, entity_id, candidate_id, action, before_json, after_json)
    VALUES ((SELECT user_name FROM audit_context WHERE id = 1), (SELECT computer_name FROM audit_context WHERE id = 1),
            'step', OLD.id, OLD.candidate_id, 'DELETE',
            json_object('candidate_id', OLD.candidate_id, 'code', OLD.code, 'step_date', OLD.step_date,
                        'document_number', OLD.document_number, 'issuing_body', OLD.issuing_body, 'received_date', OLD.received_date,
                        'result', OLD.result, 'official_members', OLD.official_members, 'members_present', OLD.members_present, 'votes_for', OLD.votes_for,
                        'note', OLD.note, 'people', (SELECT json_group_array(json_object('role', p.role, 'name', p.name, 'known_since', p.known_since)) FROM (SELECT role, name, known_since FROM step_person WHERE step_id = OLD.id ORDER BY position) p)),
            NULL);
END;
