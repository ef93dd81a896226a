package vn.ptdv.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ptdv.domain.Cell;
import vn.ptdv.domain.rules.RuleSettings;
import vn.ptdv.domain.calendar.WorkingDays;
import vn.ptdv.domain.target.YearProgress;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.TodoItem;
import vn.ptdv.service.YearStats;

/**
 * Everything the yearly report shows, read from the database before the workbook is written.
 * {@code files}: the files the lists show (those with a step in the year and those on probation in
 * it), in Vietnamese name order; not the whole cell. {@code lastReviews}: each candidate's latest
 * helper review, for those who have one.
 */
public record YearReport(Cell cell, int year, LocalDate reportDate, YearStats stats, YearProgress lastYear,
                         List<CandidateWithSteps> files, List<TodoItem> todo, Map<Long, String> sourceNames,
                         RuleSettings rules, WorkingDays workingDays,
                         Map<Long, vn.ptdv.domain.journal.JournalEntry> lastReviews) {
}
