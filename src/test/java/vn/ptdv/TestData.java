package vn.ptdv;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.Gender;
import vn.ptdv.service.Services;

/** Shared fixtures: a real migrated SQLite file and a fixed "today". */
public final class TestData {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    /** The Vietnamese texts, whatever language the test run was started in. */
    public static final vn.ptdv.i18n.Messages VI = new vn.ptdv.i18n.Messages(java.util.Locale.forLanguageTag("vi"));

    private TestData() {
    }

    public static Services services(Path folder) {
        return Services.open(folder.resolve("ptdv.db"), CLOCK);
    }

    /** The cell of the window tests (its details, as the first start asks them) with the sample data; the caller closes it. */
    public static Services demoCell(Path file) {
        Services services = Services.open(file, CLOCK);
        services.cell().saveCell(new vn.ptdv.domain.Cell("Chi bộ Tổ dân phố số 5", "Đảng bộ xã Phố Lu", "Phố Lu",
                "Lê Văn Bí", 25));
        services.demo().fill();
        return services;
    }

    /** A database file made by the program's migrations up to {@code version} only, as an older program left it. */
    public static org.sqlite.SQLiteDataSource databaseAtVersion(Path file, String version) {
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(source).locations("classpath:db/migration").target(version)
                .load().migrate();
        return source;
    }

    public static Candidate.Builder candidate(String name) {
        return Candidate.builder().fullName(name).gender(Gender.FEMALE).birthDate(LocalDate.of(1998, 4, 12));
    }

    /** Damages an encrypted file as a failing disk would: its first page (salt, header) intact, pages in the middle overwritten. */
    public static void corruptTheMiddle(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            // The first page (salt, header) stays; a few pages in the middle are overwritten.
            for (long at = 4096; at < length - 4096; at += 4096 * 3) {
                raf.seek(at + 100);
                raf.write(new byte[300]);
            }
        }
    }
}
