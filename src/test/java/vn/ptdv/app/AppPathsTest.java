package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.defaultDatabase("Windows 10", Map.of("APPDATA", "C:\\Users\\bt\\AppData\\Roaming"), "C:\\Users\\bt"))
                .isEqualTo(Path.of("C:\\Users\\bt\\AppData\\Roaming", "PTDV", "ptdv.db"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(AppPaths.defaultDatabase("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/bt"))
                .isEqualTo(Path.of("/data/ptdv/ptdv.db"));
        assertThat(AppPaths.defaultDatabase("Linux", Map.of(), "/home/bt"))
                .isEqualTo(Path.of("/home/bt/.local/share/ptdv/ptdv.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.defaultDatabase("Mac OS X", Map.of(), "/Users/bt"))
                .isEqualTo(Path.of("/Users/bt/Library/Application Support/PTDV/ptdv.db"));
    }
}
