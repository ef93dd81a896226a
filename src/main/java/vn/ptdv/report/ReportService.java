package vn.ptdv.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ptdv.domain.SourceCategory;
import vn.ptdv.service.Services;

/** Reads what the yearly report needs and writes it: slow, never on the FX thread. */
public final class ReportService {
    private final Services services;

    public ReportService(Services services) {
        this.services = services;
    }

    public YearReport collect(int year, LocalDate reportDate) {
        Map<Long, String> sources = services.cell().sourceCategories().stream()
                .collect(Collectors.toMap(SourceCategory::id, SourceCategory::name));
        var cell = services.cell().cell().orElse(new vn.ptdv.domain.Cell("", "", "", "", 0));
        return new YearReport(cell, year, reportDate, services.targets().stats(year),
                services.targets().progress(year - 1), services.candidates().listWithSteps(),
                services.checks().todo(reportDate), sources, services.checks().settings(),
                services.calendar().workingDays(year, year + 1));
    }

    public void write(int year, LocalDate reportDate, Path file) throws IOException {
        new ReportWriter().write(collect(year, reportDate), file);
    }
}
