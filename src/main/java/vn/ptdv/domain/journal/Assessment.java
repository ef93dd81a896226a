package vn.ptdv.domain.journal;

import java.util.Objects;
import vn.ptdv.domain.TextTidy;

/** A review's grade on one heading, with the helper's comment (may be empty). */
public record Assessment(Rating rating, String comment) {
    public Assessment {
        Objects.requireNonNull(rating);
        comment = TextTidy.tidy(Objects.requireNonNull(comment));
    }
}
