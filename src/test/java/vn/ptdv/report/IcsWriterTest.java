package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsWriterTest {
    @TempDir
    Path folder;

    @Test
    void writesOneAllDayEventPerDeadlineWithFoldedEscapedLines() throws Exception {
        Path file = folder.resolve("han.ics");
        String longText = "Đã nhận quyết định kết nạp Đỗ Anh Vinh ngày 12/09/2026 nhưng chưa tổ chức lễ kết nạp; "
                + "hạn là ngày 23/10/2026.";
        IcsWriter.write(file, List.of(
                new IcsWriter.Event("4-CEREMONY_DEADLINE-2026-10-23", LocalDate.of(2026, 10, 23),
                        "Hạn lễ kết nạp: Đỗ Anh Vinh", longText),
                new IcsWriter.Event("5-DECISION", LocalDate.of(2027, 1, 5), "Hạn quyết định, kết nạp", "a\nb")),
                LocalDateTime.of(2026, 11, 27, 9, 0));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(text).contains("DTSTART;VALUE=DATE:20261023\r\n", "DTEND;VALUE=DATE:20261024\r\n");
        assertThat(text).contains("SUMMARY:Hạn quyết định\\, kết nạp", "DESCRIPTION:a\\nb");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).contains("DESCRIPTION:" + longText.replace(";", "\\;").replace(",", "\\,"));
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
