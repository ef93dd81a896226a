-- The committee's corrections to the default days off: a day added as a day off (day_off = 1, with
-- its name) or a default holiday made a working day (day_off = 0). One row per corrected day.
CREATE TABLE holiday_correction (
    day     TEXT    PRIMARY KEY,
    day_off INTEGER NOT NULL CHECK (day_off IN (0, 1)),
    name    TEXT    NOT NULL DEFAULT ''
);
