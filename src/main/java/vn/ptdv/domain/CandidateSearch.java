package vn.ptdv.domain;

/**
 * What the search field finds as it is typed: names without regard to diacritics or case, and citizen
 * ID numbers by any part of them. One place, so the list and the benchmark search alike.
 */
public final class CandidateSearch {
    private CandidateSearch() {
    }

    /**
     * The test for one query, to run over the whole list at each keystroke: the query is folded once,
     * and each name's folded form is worked out once per program run (folding twenty thousand names at
     * every keystroke was most of a keystroke's time, and an old PC's quick compiler doubles it).
     */
    public static java.util.function.Predicate<CandidateSummary> matcher(String query) {
        String q = query == null ? "" : query;
        String folded = VietnameseNames.fold(q);
        if (folded.isEmpty()) {
            return c -> true;
        }
        String[] words = folded.split(" ");
        String digits = q.strip();
        return c -> {
            String name = folded(c.fullName());
            boolean all = true;
            for (String w : words) {
                if (!name.contains(w)) {
                    all = false;
                    break;
                }
            }
            return all || c.citizenId().contains(digits);
        };
    }

    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_FOLDED = 200_000;

    private static String folded(String name) {
        String f = FOLDED.get(name);
        if (f == null) {
            f = VietnameseNames.fold(name);
            if (FOLDED.size() >= MAX_FOLDED) {
                FOLDED.clear();
            }
            FOLDED.put(name, f);
        }
        return f;
    }
}
