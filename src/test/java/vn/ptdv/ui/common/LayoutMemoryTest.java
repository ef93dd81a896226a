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

    @Test
    void aLayoutLeftInOneRunIsFoundInTheNext() {
        Path file = folder.resolve("PTDV").resolve("layout.properties");
        LayoutMemory.keepIn(file);
        LayoutMemory.forUser("candidates").put("divider", "0.7");
        LayoutMemory.forUser("candidates").put("visible", "nameColumn,statusColumn");
        LayoutMemory.forUser("dashboard").put("divider", "0.4");
        LayoutMemory.save();

        LayoutMemory.keepIn(file); // the next start reads the file afresh
        assertThat(LayoutMemory.forUser("candidates").number("divider")).contains(0.7);
        assertThat(LayoutMemory.forUser("candidates").get("visible")).contains("nameColumn,statusColumn");
        assertThat(LayoutMemory.forUser("dashboard").number("divider")).contains(0.4);
        assertThat(LayoutMemory.forUser("reports").get("divider")).isEmpty();
        assertThat(folder.resolve("PTDV")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theFirstStartHasNoLayoutAndWritesNothingUntilSomethingChanges() {
        Path file = folder.resolve("layout.properties");
        LayoutMemory.keepIn(file);
        assertThat(LayoutMemory.forUser("candidates").get("divider")).isEmpty();
        LayoutMemory.save();
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedFileCostsTheLayoutNotTheStart() throws Exception {
        Path file = folder.resolve("layout.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'}); // a broken escape: Properties refuses it
        LayoutMemory.keepIn(file);
        assertThat(LayoutMemory.forUser("candidates").get("divider")).isEmpty();
        LayoutMemory.forUser("candidates").put("divider", "0.6");
        LayoutMemory.save();
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).contains("candidates.divider=0.6");
    }

    @Test
    void forgettingAScreenLeavesTheOthers() {
        Path file = folder.resolve("layout.properties");
        LayoutMemory.keepIn(file);
        LayoutMemory.forUser("candidates").put("divider", "0.7");
        LayoutMemory.forUser("candidatesExtra").put("divider", "0.3");
        LayoutMemory.forUser("candidates").forget();
        LayoutMemory.save();
        LayoutMemory.keepIn(file);
        assertThat(LayoutMemory.forUser("candidates").get("divider")).isEmpty();
        assertThat(LayoutMemory.forUser("candidatesExtra").number("divider")).contains(0.3);
    }
}
