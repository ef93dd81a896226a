package vn.ptdv.report;

import java.time.LocalDate;

/**
 * The day and month as administrative documents write them after "ngày … tháng …": a zero before days
 * under 10 and before months 1 and 2 only ("ngày 04 tháng 5", "ngày 15 tháng 02").
 */
public final class AdminDate {
    private AdminDate() {
    }

    public static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    public static String month(LocalDate date) {
        return date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    }
}
