package vn.ptdv.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ptdv.domain.Gender;

class AdmissionBreakdownTest {
    private static AdmissionBreakdown.Group admitted(String ethnicity, String religion) {
        return new AdmissionBreakdown.Group(Gender.MALE, ethnicity, religion, 25, "12/12", true, Optional.empty(), 1);
    }

    @Test
    void anEthnicityInAnotherCaseOrSpacingIsCountedWithItsOfficialName() {
        Map<String, Map<String, Integer>> by = AdmissionBreakdown.of(List.of(admitted("kinh", "Không"),
                admitted("Kinh", "Không"), admitted(" KINH ", "Không"), admitted("thái", "Không"),
                admitted("Bru-Vân Kiều", "Không")));

        assertThat(by.get("ethnicity")).containsExactlyInAnyOrderEntriesOf(Map.of("Kinh", 3, "Thái", 1, "Bru - Vân Kiều", 1));
    }

    @Test
    void aReligionInAnotherCaseIsOneGroup() {
        Map<String, Map<String, Integer>> by = AdmissionBreakdown.of(List.of(admitted("Kinh", "không"),
                admitted("Kinh", "Không"), admitted("Kinh", "phật giáo"), admitted("Kinh", "Phật Giáo"),
                admitted("Kinh", "đạo mới")));

        assertThat(by.get("religion")).containsExactlyInAnyOrderEntriesOf(Map.of("Không", 2, "Phật giáo", 2, "Đạo mới", 1));
    }

    @Test
    void aNameWithoutItsMarksIsNotGuessedAndBlankIsNotRecorded() {
        Map<String, Map<String, Integer>> by = AdmissionBreakdown.of(List.of(admitted("Thai", ""), admitted("", " ")));

        assertThat(by.get("ethnicity")).containsExactlyInAnyOrderEntriesOf(
                Map.of("Thai", 1, AdmissionBreakdown.NOT_RECORDED, 1));
        assertThat(by.get("religion")).containsExactlyInAnyOrderEntriesOf(Map.of(AdmissionBreakdown.NOT_RECORDED, 2));
    }
}
