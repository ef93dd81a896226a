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
        return collect(year, reportDate, java.util.Optional.empty());
    }

    /** {@code place}: the place name written before the date, when the report needs another than the cell's. */
    public YearReport collect(int year, LocalDate reportDate, java.util.Optional<String> place) {
        Map<Long, String> sources = services.cell().sourceCategories().stream()
                .collect(Collectors.toMap(SourceCategory::id, SourceCategory::name));
        var stored = services.cell().cell().orElse(new vn.ptdv.domain.Cell("", "", "", "", 0));
        var cell = place.filter(p -> !p.isBlank()).map(p -> new vn.ptdv.domain.Cell(stored.name(),
                stored.superiorCommittee(), p, stored.secretaryName(), stored.officialMembers())).orElse(stored);
        return new YearReport(cell, year, reportDate, services.targets().stats(year),
                services.targets().progress(year - 1), services.candidates().listWithSteps(),
                services.checks().todo(reportDate), sources, services.checks().settings(),
                services.calendar().workingDays(year, year + 1));
    }

    public void write(int year, LocalDate reportDate, Path file) throws IOException {
        new ReportWriter().write(collect(year, reportDate), file);
    }

    public void write(int year, LocalDate reportDate, String place, Path file) throws IOException {
        new ReportWriter().write(collect(year, reportDate, java.util.Optional.ofNullable(place)), file);
    }

    /** The place name the cell set in Settings, to prefill the screen. */
    public String defaultPlace() {
        return services.cell().cell().map(vn.ptdv.domain.Cell::placeName).orElse("");
    }
}
