package vn.ptdv.domain.target;

/** A target as a range, for example 3–5 people; min ≤ max, both at least 0. */
public record TargetRange(int min, int max) {
    public TargetRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("range " + min + "–" + max);
        }
    }

    public TargetStatus status(int count) {
        return count < min ? TargetStatus.BELOW : count > max ? TargetStatus.ABOVE : TargetStatus.WITHIN;
    }
}
