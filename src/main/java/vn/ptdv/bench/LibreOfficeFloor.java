package vn.ptdv.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.DisplayDates;

/**
 * The yearly report's floor: LibreOffice, started headless, turning the same list (as CSV) into an
 * .xlsx workbook, as a committee without PTĐV would make its spreadsheet. Timed whole (the office
 * program's start included), since that is what the person would wait for.
 */
final class LibreOfficeFloor {
    private static final long LIMIT_SECONDS = 300;
    private final Path soffice;
    private final Path csv;
    private final Path profile;
    private final Path out;

    private LibreOfficeFloor(Path soffice, Path csv, Path profile, Path out) {
        this.soffice = soffice;
        this.csv = csv;
        this.profile = profile;
        this.out = out;
    }

    /** The floor, when LibreOffice is installed (soffice on the PATH, or where Windows puts it). */
    static Optional<LibreOfficeFloor> find(List<CandidateSummary> list, Path workFolder) throws IOException {
        Optional<Path> soffice = locate();
        if (soffice.isEmpty()) {
            return Optional.empty();
        }
        Path csv = workFolder.resolve("danh-sach.csv");
        List<String> lines = new ArrayList<>();
        lines.add("Họ và tên,Ngày sinh,Giới tính,Nguồn,Bước hiện tại,Ngày,Người giúp đỡ,Trạng thái");
        for (CandidateSummary c : list) {
            lines.add(String.join(",", quoted(c.fullName()), DisplayDates.format(c.birthDate()), c.gender().name(),
                    quoted(c.sourceCategory()), c.currentStep().map(s -> s.code().name()).orElse(""),
                    c.currentStep().map(s -> DisplayDates.format(s.date())).orElse(""), quoted(c.helpers()),
                    c.status().name()));
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        return Optional.of(new LibreOfficeFloor(soffice.get(), csv, workFolder.resolve("lo-profile"),
                Files.createDirectories(workFolder.resolve("lo-out"))));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static Optional<Path> locate() {
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "soffice.exe" : "soffice";
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        Path windows = Path.of(System.getenv().getOrDefault("ProgramFiles", "C:\\Program Files"),
                "LibreOffice", "program", "soffice.exe");
        return Files.isExecutable(windows) ? Optional.of(windows) : Optional.empty();
    }

    /** Converts the list once; the workbook written is checked to be there. */
    void convert() throws IOException, InterruptedException {
        Path xlsx = out.resolve("danh-sach.xlsx");
        Files.deleteIfExists(xlsx);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                // Comma-separated, double-quoted, UTF-8 (76): read as a spreadsheet, as Calc would open it.
                "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", out.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + csv + " in " + LIMIT_SECONDS + " s");
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(xlsx)) {
            throw new IOException("LibreOffice could not convert " + csv + " (exit " + p.exitValue() + ")");
        }
    }
}
