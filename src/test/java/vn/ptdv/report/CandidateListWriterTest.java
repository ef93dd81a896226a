package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.service.CandidateWithSteps;
import vn.ptdv.service.Services;

class CandidateListWriterTest {
    @TempDir
    Path folder;

    @Test
    void theFilteredListIsWrittenAsShown() throws Exception {
        Services services = TestData.services(folder);
        services.demo().fill();
        List<CandidateSummary> probationary = services.candidates().listSummaries().stream()
                .filter(c -> c.status() == CandidateStatus.PROBATIONARY).toList();
        Path file = folder.resolve("ds.xlsx");
        new CandidateListWriter().write(probationary, List.of(), java.util.Map.of(), services.cell().cell().orElseThrow(),
                TestData.TODAY, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            int first = Header.FIRST_TABLE_ROW;
            assertThat(sheet.getLastRowNum()).isEqualTo(first + 2);
            assertThat(f.formatCellValue(sheet.getRow(first + 1).getCell(1))).isEqualTo("Phạm Thị Hồng Nhung");
            assertThat(f.formatCellValue(sheet.getRow(first + 1).getCell(2))).isEqualTo("03/11/2000");
            assertThat(sheet.getRow(first + 1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2000, 11, 3));
            assertThat(f.formatCellValue(sheet.getRow(first + 1).getCell(4))).isEqualTo("010300007781");
            assertThat(f.formatCellValue(sheet.getRow(first + 2).getCell(9))).isEqualTo("Đảng viên dự bị");
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("ĐẢNG BỘ XÃ PHỐ LU");
        }
    }

    @Test
    void anExportedListImportsIntoAnEmptyDatabaseAsTheSameData() throws Exception {
        Services source = TestData.services(folder.resolve("a"));
        source.demo().fill();
        java.util.Map<Long, String> sources = new java.util.HashMap<>();
        source.cell().sourceCategories().forEach(x -> sources.put(x.id(), x.name()));
        Path file = folder.resolve("xuat.xlsx");
        new CandidateListWriter().write(source.candidates().listSummaries(), source.candidates().listWithSteps(), sources,
                source.cell().cell().orElseThrow(), TestData.TODAY, file);

        Services target = TestData.services(folder.resolve("b"));
        ImportPreview preview = new ImportService(target).apply(file);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.added()).hasSize(13);

        var before = source.candidates().listWithSteps();
        var after = target.candidates().listWithSteps();
        assertThat(after).hasSameSizeAs(before);
        // The demo's votes carry the number present: the column at the end goes out and comes back.
        assertThat(after).flatExtracting(CandidateWithSteps::steps).filteredOn(st -> st.membersPresent().isPresent())
                .hasSize(6);
        for (int i = 0; i < before.size(); i++) {
            var x = before.get(i);
            var y = after.get(i);
            // Every field but the ids (the source by its name).
            assertThat(y.candidate().toBuilder().id(0).sourceCategoryId(null).build())
                    .isEqualTo(x.candidate().toBuilder().id(0).sourceCategoryId(null).build());
            assertThat(y.candidate().sourceCategoryId().map(id -> target.cell().sourceCategories().stream()
                    .filter(c -> c.id() == id).findFirst().orElseThrow().name()))
                    .isEqualTo(x.candidate().sourceCategoryId().map(sources::get));
            assertThat(y.steps()).extracting(st -> st.withId(0).withCandidateId(0))
                    .containsExactlyElementsOf(x.steps().stream().map(st -> st.withId(0).withCandidateId(0)).toList());
            assertThat(y.status()).isEqualTo(x.status());
            assertThat(y.steps()).extracting(st -> st.code() + " " + st.date() + " " + st.documentNumber() + " "
                            + st.people().stream().map(p -> p.role() + ":" + p.name() + ":" + p.knownSince()).toList()
                            + " " + st.officialMembers() + " " + st.votesFor())
                    .containsExactlyElementsOf(x.steps().stream().map(st -> st.code() + " " + st.date() + " "
                            + st.documentNumber() + " "
                            + st.people().stream().map(p -> p.role() + ":" + p.name() + ":" + p.knownSince()).toList()
                            + " " + st.officialMembers() + " " + st.votesFor()).toList());
        }
    }
}
