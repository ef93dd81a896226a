package vn.ptdv.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ptdv.ui.common.Em;

class EmTest {
    @Test
    void anEmInCodeIsTheRootFontSizeOfTheStyleSheet() throws Exception {
        String css;
        try (InputStream in = EmTest.class.getResourceAsStream("/css/ptdv.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher root = Pattern.compile("\\.root\\s*\\{[^}]*?-fx-font-size:\\s*([0-9.]+)px").matcher(css);

        assertThat(root.find()).as("ptdv.css sets the root's font size").isTrue();
        assertThat(Double.parseDouble(root.group(1))).isEqualTo(Em.ROOT_PX);
        assertThat(Em.of(2)).isEqualTo(2 * Em.ROOT_PX);
    }
}
