package vn.ptdv.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ptdv.domain.CandidateStatus;
import vn.ptdv.domain.Gender;
import vn.ptdv.domain.PersonRole;
import vn.ptdv.domain.StepCode;

/** Every text in both languages, every key used, every literal key defined. */
class LocalizationConsistencyTest {
    /** Keys built at run time from a prefix and a name, and picocli's own keys. */
    private static final List<String> DYNAMIC_PREFIXES = List.of("candidate.field.", "cell.field.", "step.field.",
            "rule.", "severity.", "review.reason.", "todo.group.", "target.", "targets.who.", "report.by.", "overview.origin.", "targets.origin.", "todo.ics.what.", "import.file.",
            "audit.what.", "audit.action.", "audit.entity.", "audit.setting.", "audit.kind.",
            "checklist.kind.", "checklist.status.", "checklist.decision.", "checklist.goal.",
            "nav.", "screen.", "forms.form.", "forms.fact.",
            "journal.kind.", "journal.result.", "journal.rating.", "journal.heading.", "journal.add.", "journal.field.date.",
            "journal.field.text.", "journal.field.person.", "validation.journal.text.",
            "error.database.", "error.backup.", "backup.reason.", "cli.bench.name.", "usage.", "ptdv.", "help", "version");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        return p.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(keys(load("messages_en.properties"))).isEqualTo(keys(load("messages.properties")));
    }

    @Test
    void everyEnumValueHasItsLabel() throws IOException {
        Set<String> keys = keys(load("messages.properties"));
        for (StepCode c : StepCode.values()) {
            assertThat(keys).contains("step." + c.name(), "step." + c.name() + ".short");
        }
        for (CandidateStatus s : CandidateStatus.values()) {
            assertThat(keys).contains("status." + s.name());
        }
        for (Gender g : Gender.values()) {
            assertThat(keys).contains("gender." + g.name());
        }
        for (vn.ptdv.persistence.UnusableDatabaseException.Reason r : vn.ptdv.persistence.UnusableDatabaseException.Reason.values()) {
            assertThat(keys).contains("error.database." + r.name().toLowerCase(java.util.Locale.ROOT));
            if (r != vn.ptdv.persistence.UnusableDatabaseException.Reason.READ_ONLY) {
                assertThat(keys).contains("error.backup." + r.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (PersonRole r : PersonRole.values()) {
            assertThat(keys).contains("person.role." + r.name(), "person.role." + r.name() + ".short");
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        String sources = allSources();
        Set<String> unused = new TreeSet<>();
        for (String key : keys(load("messages.properties"))) {
            boolean enumLabel = key.matches("(step|status|gender|weekday|person\\.role)\\.[A-Z_]+(\\.short)?");
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!enumLabel && !dynamic && !sources.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void everyLiteralKeyInTheCodeIsDefined() throws IOException {
        Set<String> keys = keys(load("messages.properties"));
        Matcher m = LITERAL.matcher(allSources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            String key = m.group(1);
            boolean looksLikeMessage = key.matches("(access|audit|forms|backup|lock|password|app|button|candidates?|cell|cli|date|dialog|error|firstStart|journal|main|milestone|rule|rules|severity|review|ack|todo|dashboard|unsaved|target|targets|overview|report|reports|export|import|template|dialog|"
                    + "checklist|"
                    + "placeholder|settings|stepEditor|timeline|validation|person|step|holidays|weekday)\\..*");
            if (looksLikeMessage && !keys.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used but not defined").isEmpty();
    }

    @Test
    void theVietnameseTextsAreVietnamese() throws IOException {
        Properties vi = load("messages.properties");
        assertThat(vi.getProperty("nav.candidates")).isEqualTo("Quần chúng");
        assertThat(vi.getProperty("nav.dashboard")).isEqualTo("Tổng quan");
        assertThat(vi.getProperty("nav.targets")).isEqualTo("Chỉ tiêu");
        assertThat(vi.getProperty("nav.reports")).isEqualTo("Báo cáo");
        assertThat(vi.getProperty("nav.settings")).isEqualTo("Cài đặt");
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                // MessageFormat takes a lone ' as the start of a quote and would swallow the {0}s after it.
                if (text.matches(".*\\{\\d.*") && !key.startsWith("usage.")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }
}
