package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;

/** Files read on another thread come to the caller all, once, in order; a failure on either side ends both. */
class FilePipelineTest {
    private static CandidateWithSteps file(long id) {
        return new CandidateWithSteps(Candidate.builder().id(id).fullName("Người " + id).gender(Gender.MALE)
                .birthDate(LocalDate.of(2000, 1, 1)).build(), List.of());
    }

    @Test
    void everyFileArrivesOnceInTheOrderItWasRead() {
        List<Long> seen = new ArrayList<>();
        FilePipeline.<CandidateWithSteps>run(sink -> {
            for (long i = 1; i <= 1000; i++) {
                sink.accept(file(i));
            }
        }, f -> seen.add(f.candidate().id()));
        assertThat(seen).hasSize(1000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @Timeout(20)
    void aFailedReadReachesTheCaller() {
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> FilePipeline.<CandidateWithSteps>run(sink -> {
            for (long i = 1; i <= 300; i++) {
                sink.accept(file(i));
            }
            throw new IllegalArgumentException("hỏng");
        }, f -> seen.add(f.candidate().id()))).isInstanceOf(IllegalArgumentException.class).hasMessage("hỏng");
        assertThat(seen.size()).isLessThanOrEqualTo(300);
    }

    @Test
    @Timeout(20)
    void whenTheWorkOnAFileFailsTheReaderStopsInsteadOfWaitingForever() {
        long[] read = {0};
        assertThatThrownBy(() -> FilePipeline.<CandidateWithSteps>run(sink -> {
            for (long i = 1; i <= 100_000; i++) {
                sink.accept(file(i));
                read[0] = i;
            }
        }, f -> {
            if (f.candidate().id() == 5) {
                throw new IllegalStateException("lỗi khi kiểm tra");
            }
        })).hasMessage("lỗi khi kiểm tra");
        assertThat(read[0]).isLessThan(100_000); // it stopped reading rather than read on for nothing
    }
}
