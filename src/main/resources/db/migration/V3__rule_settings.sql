-- The committee's changes to the rules' numbers (domain.md defaults otherwise). Values are text: a
-- whole number, or a fraction such as 2/3 for the vote threshold.
CREATE TABLE rule_setting (
    code  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
