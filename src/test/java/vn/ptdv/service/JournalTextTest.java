package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.domain.journal.JournalEntry;
import vn.ptdv.domain.journal.TaskOutcome;
import vn.ptdv.domain.journal.TaskResult;
import vn.ptdv.i18n.Messages;

/** A task's lines say when it is late, as of the day they are read. */
class JournalTextTest {
    private final Messages vi = new Messages(Locale.forLanguageTag("vi"));
    private final LocalDate given = LocalDate.of(2026, 10, 20);
    private final Optional<LocalDate> due = Optional.of(LocalDate.of(2026, 11, 20));

    @Test
    void aTaskWithoutAResultPastItsDueDateSaysItIsOverdue() {
        JournalEntry task = JournalEntry.task(1, given, "Phạm Văn Tâm", "Cập nhật danh sách hộ", due, Optional.empty());
        assertThat(JournalText.lines(task, vi, LocalDate.of(2026, 11, 20))).last().isEqualTo("Chưa có kết quả");
        assertThat(JournalText.lines(task, vi, LocalDate.of(2026, 11, 27))).last()
                .isEqualTo("Chưa có kết quả — đã quá hạn ngày 20/11/2026");
    }

    @Test
    void aResultGivenAfterTheDueDateSaysSo() {
        JournalEntry late = JournalEntry.task(1, given, "Phạm Văn Tâm", "Cập nhật danh sách hộ", due,
                Optional.of(new TaskOutcome(TaskResult.DONE, LocalDate.of(2026, 11, 25), "")));
        JournalEntry onTime = JournalEntry.task(1, given, "Phạm Văn Tâm", "Cập nhật danh sách hộ", due,
                Optional.of(new TaskOutcome(TaskResult.DONE, LocalDate.of(2026, 11, 19), "")));
        assertThat(JournalText.lines(late, vi, LocalDate.of(2026, 11, 27))).last().asString().endsWith("(báo kết quả sau hạn)");
        assertThat(JournalText.lines(onTime, vi, LocalDate.of(2026, 11, 27))).last().asString().doesNotContain("sau hạn");
    }
}
