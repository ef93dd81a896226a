package vn.ptdv.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ptdv.i18n.Messages;

class WindowStartFailureTest {
    private final Messages m = new Messages(Locale.forLanguageTag("vi"));

    @Test
    void noGraphicalSessionIsToldWithWhatToDo() {
        // As JavaFX throws it from GtkApplication, under the launcher's RuntimeException.
        RuntimeException e = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY"));

        assertThat(WindowStartFailure.describe(e, m)).hasValueSatisfying(text ->
                assertThat(text).contains("không có màn hình đồ họa", "DISPLAY", "ptdv --help"));
    }

    @Test
    void aMissingGtkLibraryNamesThePackage() {
        assertThat(WindowStartFailure.describe(new UnsupportedOperationException("Unable to load glass GTK library."), m))
                .hasValueSatisfying(text -> assertThat(text).contains("GTK 3", "libgtk-3-0"));
    }

    @Test
    void anyOtherFailureKeepsItsOwnDescription() {
        assertThat(WindowStartFailure.describe(new IllegalStateException("something else"), m)).isEmpty();
    }
}
