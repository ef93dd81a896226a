package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.TestData;
import vn.ptdv.persistence.DatabasePasswordException;

/**
 * A password change is run in a separate JVM that waits at a named step (the test hook
 * {@code ptdv.test.rekeyPause}) and is killed there with SIGKILL. Afterwards the database opens with
 * the old password or the new one, never neither, and holds all of its data.
 */
class PasswordChangeKilledTest {
    private static final String OLD = "mat khau cu 2025";
    private static final String NEW = "mật khẩu mới 2026";

    @TempDir
    Path folder;

    /** The child: opens the file (with the old password, or "-" for a plain file) and sets the new one. */
    public static void main(String[] args) {
        Optional<char[]> old = args[1].equals("-") ? Optional.empty() : Optional.of(args[1].toCharArray());
        try (Services s = Services.open(Path.of(args[0]), TestData.CLOCK, old)) {
            s.access().setPassword(old, args[2].toCharArray());
        }
    }

    private Path database(boolean encrypted) {
        Path db = folder.resolve("ptdv.db");
        try (Services s = Services.open(db, TestData.CLOCK)) {
            s.demo().fill();
            if (encrypted) {
                s.access().setPassword(Optional.empty(), OLD.toCharArray());
            }
        }
        return db;
    }

    /** Runs the change, kills it at {@code step}; returns whether the child was waiting there when killed. */
    private boolean killAt(Path db, String oldPassword, String step) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true", "-Dptdv.test.rekeyPause=" + step, "-cp", System.getProperty("java.class.path"),
                PasswordChangeKilledTest.class.getName(), db.toString(), oldPassword, NEW);
        pb.redirectErrorStream(true);
        pb.redirectOutput(folder.resolve("child-" + step + ".out").toFile());
        Process child = pb.start();
        Path paused = folder.resolve("ptdv.db.paused-" + step);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && !Files.exists(paused) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        boolean waiting = child.isAlive() && Files.exists(paused);
        child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Files.deleteIfExists(paused);
        assertThat(waiting).as("the child reached %s: %s", step,
                Files.readString(folder.resolve("child-" + step + ".out"))).isTrue();
        return waiting;
    }

    /** Which password opens the file now ("old", "new" or "none" for a plain one), after checking its data. */
    private String whichOpens(Path db) {
        List<Optional<char[]>> tries = List.of(Optional.of(OLD.toCharArray()), Optional.of(NEW.toCharArray()));
        List<String> names = List.of("old", "new");
        if (!vn.ptdv.persistence.Database.isEncrypted(db)) {
            try (Services s = Services.open(db, TestData.CLOCK)) {
                assertAllThere(s);
                return "none";
            }
        }
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < tries.size(); i++) {
            try (Services s = Services.open(db, TestData.CLOCK, tries.get(i))) {
                assertAllThere(s);
                opened.add(names.get(i));
            } catch (DatabasePasswordException e) {
                // not this one
            }
        }
        assertThat(opened).as("the passwords that open the file").hasSize(1);
        return opened.get(0);
    }

    private static void assertAllThere(Services s) {
        assertThat(s.candidates().count()).isEqualTo(13);
        assertThat(s.candidates().listSummaries()).extracting(c -> c.fullName()).contains("Nguyễn Thị Thảo");
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".khoa-"));
        }
    }

    private void clean() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder))
                    .forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aPasswordChangeKilledAtAnyStepLeavesAFileThatTheOldOrTheNewPasswordOpensWithAllItsData() throws Exception {
        String[] steps = {"folded", "kept", "rekeyed", "checked", "replaced"};
        String[] expected = {"old", "old", "old", "old", "new"};
        for (int i = 0; i < steps.length; i++) {
            clean();
            Path db = database(true);
            killAt(db, OLD, steps[i]);
            String opens = whichOpens(db);
            System.out.printf("Password change killed at %s: the %s password opens the file%n", steps[i], opens);
            assertThat(opens).as("killed at %s", steps[i]).isEqualTo(expected[i]);
            assertNoLeftovers(); // the opening cleaned up what the killed run left
        }
    }

    @Test
    void encryptingAPlainFileKilledHalfWayLeavesItPlainAndWholeAndOnceReplacedEncrypted() throws Exception {
        clean();
        Path db = database(false);
        killAt(db, "-", "rekeyed");
        assertThat(whichOpens(db)).isEqualTo("none");
        assertNoLeftovers();

        clean();
        db = database(false);
        killAt(db, "-", "replaced");
        // The plain copy kept until the end is deleted at the next opening, not left in clear.
        assertThat(folder.resolve("ptdv.db.khoa-cu")).exists();
        assertThat(whichOpens(db)).isEqualTo("new");
        assertThat(folder.resolve("ptdv.db.khoa-cu")).doesNotExist();
    }
}
