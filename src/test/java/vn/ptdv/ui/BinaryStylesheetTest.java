package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads css/ptdv.bss in place of css/ptdv.css when both are there: the binary one, made by
 * the build, must say exactly what the text says, or the window would show an old look.
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetHasEveryRuleOfTheTextOne() throws IOException {
        URL text = getClass().getResource("/css/ptdv.css");
        URL binary = getClass().getResource("/css/ptdv.bss");
        assertThat(binary).as("the build makes css/ptdv.bss").isNotNull();
        List<String> fromText = rules(new CssParser().parse(text));
        assertThat(fromText).hasSizeGreaterThan(50);
        assertThat(rules(Stylesheet.loadBinary(binary))).containsExactlyElementsOf(fromText);
    }

    @Test
    void theBinaryStylesheetIsTheOneOfTheSourceText() throws IOException {
        // The compared text is the one in the sources, not only the copy the build put beside the binary.
        Path source = Path.of("src/main/resources/css/ptdv.css");
        List<String> fromSource = rules(new CssParser().parse(source.toUri().toURL()));
        assertThat(rules(Stylesheet.loadBinary(getClass().getResource("/css/ptdv.bss"))))
                .containsExactlyElementsOf(fromSource);
        assertThat(Files.readString(source)).contains(".nav-button");
    }

    private static List<String> rules(Stylesheet sheet) {
        // Rule's own text leaves out the declarations a binary sheet has not read yet: asked for, they are.
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations()).toList();
    }
}
