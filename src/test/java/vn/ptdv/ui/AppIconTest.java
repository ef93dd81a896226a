package vn.ptdv.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import vn.ptdv.ui.common.AppIcon;

class AppIconTest {

    @Test
    void everyIconHasTheCodePointIkonliGivesItsName() throws ReflectiveOperationException {
        for (AppIcon icon : AppIcon.values()) {
            String d = icon.getDescription();
            Class<?> set = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign"
                    + Character.toUpperCase(d.charAt("mdi2".length())));
            Ikon library = (Ikon) set.getMethod("findByDescription", String.class).invoke(null, d);
            assertThat(icon.getCode()).as(d).isEqualTo(library.getCode());
        }
    }

    @Test
    void everyIconNamedInTheProgramIsOneOfItsIcons() throws IOException {
        Pattern literal = Pattern.compile("\"(mdi2[a-z]-[a-z0-9-]+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        Set<String> known = Arrays.stream(AppIcon.values()).map(AppIcon::getDescription).collect(Collectors.toSet());
        assertThat(named).contains("mdi2c-check-circle", "mdi2m-minus-circle-outline");
        assertThat(known).containsAll(named);
    }

    @Test
    void aNameThatIsNotOneOfTheIconsIsRefused() {
        assertThat(AppIcon.of("mdi2c-cog")).isEqualTo(AppIcon.COG);
        assertThatThrownBy(() -> AppIcon.of("mdi2c-coffee")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mdi2c-coffee");
    }
}
