package vn.ptdv.domain;

/**
 * What the search field finds as it is typed: names without regard to diacritics or case, and citizen
 * ID numbers by any part of them. One place, so the list and the benchmark search alike.
 */
public final class CandidateSearch {
    private CandidateSearch() {
    }

    public static boolean matches(CandidateSummary candidate, String query) {
        String q = query == null ? "" : query;
        return VietnameseNames.matches(candidate.fullName(), q)
                || (!q.isBlank() && candidate.citizenId().contains(q.strip()));
    }
}
