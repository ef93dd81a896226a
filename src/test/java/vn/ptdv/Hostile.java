package vn.ptdv;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.time.api.Dates;

/**
 * Random and hostile values for property tests: what people paste from other documents, what a
 * broken keyboard layout or a malicious file gives, and the edges of the calendar.
 */
public final class Hostile {
    /** Values that have broken programs before, each on purpose. */
    public static final String[] SAMPLES = {
        "", " ", "\t", "Nguyễn Thị Thảo", "Nguyễn Thị Thảo", // the second is decomposed (NFD)
        "=cmd|' /C calc'!A0", "=1+1", "+1", "-2", "@SUM(A1:A9)", "=HYPERLINK(\"http://x\",\"bấm\")",
        "👩‍👩‍👧‍👦 Gia đình", "🇻🇳", "😀😀", "محمد عبد الله", "שלום עליכם", "abc\u202Edcba", "\u200F\u200E",
        "\u0000", "a\u0001b", "\u001F", "\u007F", "\u0085", "x\u0008y", "dòng 1\ndòng 2", "tab\there", "\r\n",
        "\uD800", "lẻ \uDC00 cặp", "\uFFFE", "\uFFFF", "_x0041_", "_x000D_", "<b>in đậm</b>", "&amp;", "]]>",
        "'; DROP TABLE candidate; --", "%s%n{0}", "null", "NaN", "1e308", "0012", "012345678901",
        "Nguyễn".repeat(2000), "Ư".repeat(40_000), "\u00A0\u200B", "\uFEFFBOM",
    };

    private Hostile() {
    }

    /** Any text: the samples, random Unicode (surrogates and controls included), and combinations. */
    public static Arbitrary<String> text() {
        Arbitrary<String> samples = Arbitraries.of(SAMPLES);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> vietnamese = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ"
                + "èẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐƯÂ").ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> mixed = Arbitraries.of(SAMPLES).list().ofMaxSize(3).map(l -> String.join(" ", l));
        // Random text is almost never dangerous by chance: these characters are, so they come often.
        Arbitrary<String> dangerous = Arbitraries.strings().withChars("\u0000\u0001\u0008\u001B\u007F\u0085\u202E"
                + "\uFEFF\u200B\u00A0\uD800\uDC00\uFFFE\t\n aăÂ=+-@_x0041").ofMinLength(1).ofMaxLength(10);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, samples), net.jqwik.api.Tuple.of(3, anyChars),
                net.jqwik.api.Tuple.of(3, vietnamese), net.jqwik.api.Tuple.of(2, mixed),
                net.jqwik.api.Tuple.of(3, dangerous));
    }

    /** Dates from before 1900 to after 2200, with the edges and leap days more often. */
    public static Arbitrary<LocalDate> date() {
        return Arbitraries.oneOf(
                Dates.dates().between(LocalDate.of(1890, 1, 1), LocalDate.of(2210, 12, 31)),
                Arbitraries.of(LocalDate.of(1900, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(1900, 3, 1),
                        LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2200, 1, 1),
                        TestData.TODAY, TestData.TODAY.plusDays(1), LocalDate.of(1, 1, 1),
                        LocalDate.of(9999, 12, 31)));
    }

    /** Numbers a person might type for votes and member counts, and numbers nobody should. */
    public static Arbitrary<Integer> number() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-5, 60),
                Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 1_000_000));
    }
}
