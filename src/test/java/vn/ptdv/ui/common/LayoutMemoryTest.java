package vn.ptdv.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutMemoryTest {
    @TempDir
    Path folder;
    private String testsFile;

    @BeforeEach
    void ownFile() {
        // The build names a file for every test's windows; these tests name their own.
        testsFile = System.clearProperty(LayoutMemory.FILE_PROPERTY);
    }

    @AfterEach
    void buildsFileAgain() {
        if (testsFile != null) {
            System.setProperty(LayoutMemory.FILE_PROPERTY, testsFile);
        }
        LayoutMemory.keepIn(null);
    }

    /** The file, with no layout in the preferences to take over (the developer's own may be there). */
    private static void keep(Path file) {
        LayoutMemory.keepIn(file, "vn/ptdv-tests/no-former-layout");
    }

    @Test
    void aLayoutLeftInOneRunIsFoundInTheNext() {
        Path file = folder.resolve("PTDV").resolve("layout.properties");
        keep(file);
        LayoutMemory.forUser("candidates").put("divider", "0.7");
        LayoutMemory.forUser("candidates").put("visible", "nameColumn,statusColumn");
        LayoutMemory.forUser("dashboard").put("divider", "0.4");
        LayoutMemory.save();

        keep(file); // the next start reads the file afresh
        assertThat(LayoutMemory.forUser("candidates").number("divider")).contains(0.7);
        assertThat(LayoutMemory.forUser("candidates").get("visible")).contains("nameColumn,statusColumn");
        assertThat(LayoutMemory.forUser("dashboard").number("divider")).contains(0.4);
        assertThat(LayoutMemory.forUser("reports").get("divider")).isEmpty();
        assertThat(folder.resolve("PTDV")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theFirstStartHasNoLayoutAndWritesNothingUntilSomethingChanges() {
        Path file = folder.resolve("layout.properties");
        keep(file);
        assertThat(LayoutMemory.forUser("candidates").get("divider")).isEmpty();
        LayoutMemory.save();
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedFileCostsTheLayoutNotTheStart() throws Exception {
        Path file = folder.resolve("layout.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'}); // a broken escape: Properties refuses it
        keep(file);
        assertThat(LayoutMemory.forUser("candidates").get("divider")).isEmpty();
        LayoutMemory.forUser("candidates").put("divider", "0.6");
        LayoutMemory.save();
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).contains("candidates.divider=0.6");
    }

    @Test
    void theFirstStartAfterTheUpdateTakesTheLayoutLeftInThePreferencesOnce() throws Exception {
        String former = "vn/ptdv-tests/former-layout-" + System.nanoTime();
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node(former + "/candidates");
        node.put("divider", "0.55");
        node.put("visible", "nameColumn,statusColumn");
        try {
            Path file = folder.resolve("layout.properties");
            LayoutMemory.keepIn(file, former);
            assertThat(LayoutMemory.forUser("candidates").number("divider")).contains(0.55);
            LayoutMemory.save();
            assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).contains("candidates.divider=0.55");

            node.put("divider", "0.3"); // changed in the preferences afterwards: the file is what counts now
            LayoutMemory.keepIn(file, former);
            assertThat(LayoutMemory.forUser("candidates").number("divider")).contains(0.55);
            assertThat(LayoutMemory.forUser("candidates").get("visible")).contains("nameColumn,statusColumn");
        } finally {
            java.util.prefs.Preferences.userRoot().node(former).removeNode();
        }
    }

    @Test
    void forgettingAScreenLeavesTheOthers() {
        Path file = folder.resolve("layout.properties");
        keep(file);
        LayoutMemory.forUser("candidates").put("divider", "0.7");
        LayoutMemory.forUser("candidatesExtra").put("divider", "0.3");
        LayoutMemory.forUser("candidates").forget();
        LayoutMemory.save();
        keep(file);
        assertThat(LayoutMemory.forUser("candidates").get("divider")).isEmpty();
        assertThat(LayoutMemory.forUser("candidatesExtra").number("divider")).contains(0.3);
    }
}
