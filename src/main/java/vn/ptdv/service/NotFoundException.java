package vn.ptdv.service;

/** The candidate or step asked for is not (or no longer) in the database. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
