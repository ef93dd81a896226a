package vn.ptdv.report.forms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.ptdv.domain.VietnameseNames;

/**
 * The documents of the admission file that the cell writes. {@link #code()} is an interface (command
 * line, the names of a cell's own templates): never change it. The numbered ones are the forms of
 * Hướng dẫn 12-HD/BTCTW ("mẫu 6-KNĐ" is 6-KND, in plain letters so that it can be typed anywhere); the
 * minutes and the list for the committee above have no number there.
 */
public enum FormKind {
    /** Giấy giới thiệu người vào Đảng (mẫu 3-KNĐ), one for each introducer who is a party member. */
    INTRODUCER_STATEMENT("3-KND", Stage.ADMISSION),
    /** Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (mẫu 5-KNĐ). */
    COMMENTS_SUMMARY("5-KND", Stage.ADMISSION),
    /** Nghị quyết của chi bộ đề nghị kết nạp đảng viên (mẫu 6-KNĐ). */
    ADMISSION_RESOLUTION("6-KND", Stage.ADMISSION),
    /** Biên bản họp chi bộ xét, đề nghị kết nạp đảng viên. */
    ADMISSION_MINUTES("BB-KN", Stage.ADMISSION),
    /** Danh sách đề nghị kết nạp gửi cấp ủy cấp trên, for several people at once. */
    ADMISSION_LIST("DS-KN", Stage.ADMISSION),
    /** Bản tự kiểm điểm của đảng viên dự bị (mẫu 10-KNĐ). */
    SELF_REVIEW("10-KND", Stage.PROBATION),
    /** Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức (mẫu 13-KNĐ). */
    OFFICIAL_RESOLUTION("13-KND", Stage.PROBATION);

    /** When in the procedure the cell writes the document. */
    public enum Stage {
        /** From the application (step 4) to the admission decision (step 11). */
        ADMISSION,
        /** From the ceremony (step 12) to the recognition as a full member (step 16). */
        PROBATION;

        /** The stage of a file standing at the step of this position (1–16), if any. */
        public static Optional<Stage> at(int stepOrder) {
            if (stepOrder >= 4 && stepOrder <= 11) {
                return Optional.of(ADMISSION);
            }
            if (stepOrder >= 12 && stepOrder <= 16) {
                return Optional.of(PROBATION);
            }
            return Optional.empty();
        }
    }

    private final String code;
    private final Stage stage;

    FormKind(String code, Stage stage) {
        this.code = code;
        this.stage = stage;
    }

    public String code() {
        return code;
    }

    public Stage stage() {
        return stage;
    }

    /** A document about several people (the list), rather than one candidate. */
    public boolean forSeveral() {
        return this == ADMISSION_LIST;
    }

    /** The name of the built-in template (in the resources' forms folder) and of a cell's own copy. */
    public String resourceName() {
        return code + ".docx";
    }

    /** By code, as typed: any case, with or without the Vietnamese Đ ("6-knđ" is 6-KND). */
    public static Optional<FormKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = VietnameseNames.fold(text.strip()).toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(folded)).findFirst();
    }
}
