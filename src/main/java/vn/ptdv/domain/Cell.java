package vn.ptdv.domain;

/**
 * The party cell that keeps this database: its name (e.g. "Chi bộ Tổ dân phố số 3"), the superior
 * committee ("Đảng bộ thị trấn Phố Lu"), the place name used in report dates, the secretary who signs,
 * and the number of official members (the base of the vote threshold).
 */
public record Cell(String name, String superiorCommittee, String placeName, String secretaryName,
                   int officialMembers) {
    public Cell {
        name = name == null ? "" : name.strip();
        superiorCommittee = superiorCommittee == null ? "" : superiorCommittee.strip();
        placeName = placeName == null ? "" : placeName.strip();
        secretaryName = secretaryName == null ? "" : secretaryName.strip();
    }

    /** A cell whose details are not given yet (before the first start asks for them). */
    public static Cell blank() {
        return new Cell("", "", "", "", 0);
    }
}
