-- Each year's target as the cell's resolution set it. recognised_* are NULL when the year sets no
-- target for recognition as full members.
CREATE TABLE year_target (
    year           INTEGER PRIMARY KEY,
    cultivated_min INTEGER NOT NULL CHECK (cultivated_min >= 0),
    cultivated_max INTEGER NOT NULL CHECK (cultivated_max >= cultivated_min),
    admitted_min   INTEGER NOT NULL CHECK (admitted_min >= 0),
    admitted_max   INTEGER NOT NULL CHECK (admitted_max >= admitted_min),
    recognised_min INTEGER CHECK (recognised_min IS NULL OR recognised_min >= 0),
    recognised_max INTEGER CHECK (recognised_max IS NULL OR recognised_max >= recognised_min),
    note           TEXT    NOT NULL DEFAULT ''
);
