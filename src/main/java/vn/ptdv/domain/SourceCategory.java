package vn.ptdv.domain;

/** A kind of source a candidate comes from; the cell edits the list. {@code id} is 0 until stored. */
public record SourceCategory(long id, String name) {
}
