-- Each candidate's place in Vietnamese name order, kept with the name (issue 18): the list is read in
-- that order instead of every name's collation key being worked out at every opening. Written by the
-- program with the name (vn.ptdv.domain.VietnameseNames.sortKey); made for older files, and again when
-- another Java runtime made them, as the file is opened (Database.keepSortKeysCurrent). An update of the key alone is not a change the trail records.
ALTER TABLE candidate ADD COLUMN sort_key BLOB;
CREATE INDEX candidate_sort_key ON candidate (sort_key, id);
