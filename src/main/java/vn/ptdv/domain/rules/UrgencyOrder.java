package vn.ptdv.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Puts many findings in {@link RuleEngine#URGENCY} order, the same order as a stable sort with it. A
 * ward's 30,000 findings are sorted at every check of the cell: through the comparator that took 40–50 ms
 * of the yearly report's 800 (December 2026), most of it in reaching the findings spread over the memory,
 * not in comparing them. Here the severity and the due date, which decide nearly every comparison, are
 * one number per finding, sorted as plain numbers with the finding's place beside them; only findings
 * equal in both go through the comparator, among themselves.
 */
public final class UrgencyOrder {
    /** Due dates span less than 2^40 days (LocalDate.MIN to MAX); the severity goes above them. */
    private static final long DAY_OFFSET = 1L << 39;
    private static final int SEVERITY_SHIFT = 40;
    /** The place in the list, below the severity and day (42 bits): lists of up to two million. */
    private static final int PLACE_BITS = 21;
    private static final long PLACE_MASK = (1L << PLACE_BITS) - 1;

    /** {@link RuleEngine#URGENCY} between findings of the same severity and due date: name, rule, message. */
    static final java.util.Comparator<Finding> TIES = (a, b) -> {
        int c = a.candidateName().compareTo(b.candidateName());
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        return c != 0 ? c : a.messageKey().compareTo(b.messageKey());
    };

    private UrgencyOrder() {
    }

    public static List<Finding> sorted(Collection<Finding> findings) {
        Finding[] all = findings.toArray(new Finding[0]);
        if (all.length > PLACE_MASK || Severity.values().length > 4) {
            List<Finding> list = new ArrayList<>(Arrays.asList(all));
            list.sort(RuleEngine.URGENCY);
            return list;
        }
        long[] keys = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            keys[i] = primary(all[i]) << PLACE_BITS | i;
        }
        Arrays.sort(keys);
        List<Finding> sorted = new ArrayList<>(all.length);
        int start = 0;
        while (start < keys.length) {
            long primary = keys[start] >>> PLACE_BITS;
            int end = start + 1;
            while (end < keys.length && keys[end] >>> PLACE_BITS == primary) {
                end++;
            }
            if (end - start == 1) {
                sorted.add(all[(int) (keys[start] & PLACE_MASK)]);
            } else {
                // In their order in the list (the places are sorted too), so that the comparator's
                // stable sort keeps the order of findings equal in every field.
                List<Finding> same = new ArrayList<>(end - start);
                for (int k = start; k < end; k++) {
                    same.add(all[(int) (keys[k] & PLACE_MASK)]);
                }
                same.sort(TIES);
                sorted.addAll(same);
            }
            start = end;
        }
        return sorted;
    }

    /** The severity, then the due date (none counts as the latest day, as the comparator takes it). */
    static long primary(Finding f) {
        long day = f.due().orElse(LocalDate.MAX).toEpochDay() + DAY_OFFSET;
        return ((long) f.severity().ordinal() << SEVERITY_SHIFT) | day;
    }
}
