package vn.ptdv.domain.journal;

/** The four grades of a review heading: Tốt, Khá, Trung bình, Yếu. */
public enum Rating {
    GOOD, FAIR, AVERAGE, WEAK
}
