package vn.ptdv.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every message of both languages, filled with texts, reads as MessageFormat would write it. */
class TextTemplateTest {
    /** Arguments with what a pattern's syntax would treat specially, had it been read as a pattern. */
    private static final Object[] TEXTS = {"Nguyễn Thị A", "{1}", "'trích'", "", "a{b}c", "''", "05/06/2024",
            "x", "y", "z", "u", "v"};

    @Test
    void everyMessageIsFilledAsMessageFormatFillsIt() {
        int filled = 0;
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (String key : Collections.list(messages.bundle().getKeys())) {
                String pattern = messages.bundle().getString(key);
                MessageFormat format;
                try {
                    format = new MessageFormat(pattern, locale);
                } catch (IllegalArgumentException e) {
                    continue; // not a pattern (never given arguments)
                }
                TextTemplate template = TextTemplate.of(format);
                for (int count = 0; count <= TEXTS.length; count++) {
                    Object[] args = java.util.Arrays.copyOf(TEXTS, count);
                    if (template.takes(args)) {
                        assertThat(template.fill(args)).as("%s (%s) with %d texts", key, locale, count)
                                .isEqualTo(format.format(args));
                        filled++;
                    }
                }
            }
        }
        assertThat(filled).isGreaterThan(1000);
    }

    @Test
    void patternsWithNumbersOrChoicesAreLeftToMessageFormat() {
        assertThat(TextTemplate.of(new MessageFormat("{0,number} người", Locale.ENGLISH)).takes(new Object[] {"1"}))
                .isFalse();
        assertThat(TextTemplate.of(new MessageFormat("{0,choice,0#không|1#một}", Locale.ENGLISH))
                .takes(new Object[] {"1"})).isFalse();
        assertThat(TextTemplate.fills(new Object[] {"a", 3})).isFalse();
        assertThat(TextTemplate.fills(new Object[] {"a", null})).isFalse();
    }

    @Test
    void quotedTextAndMissingArgumentsAreAsMessageFormatHasThem() {
        MessageFormat format = new MessageFormat("Đồng chí '{0}' {0} và {2} chưa có ''mẫu''", Locale.ENGLISH);
        TextTemplate template = TextTemplate.of(format);
        Object[] three = {"A", "B", "C"};
        assertThat(template.fill(three)).isEqualTo(format.format(three)).isEqualTo("Đồng chí {0} A và C chưa có 'mẫu'");
        assertThat(template.takes(new Object[] {"A", "B"})).isFalse(); // MessageFormat writes {2}
    }

    @Test
    void messagesGivesTheSameTextEitherWay() {
        Messages messages = new Messages(Locale.forLanguageTag("vi"));
        String key = Collections.list(messages.bundle().getKeys()).stream()
                .filter(k -> messages.bundle().getString(k).contains("{1}")).findFirst().orElseThrow();
        String pattern = messages.bundle().getString(key);
        Object[] args = {"một", "hai", "ba", "bốn", "năm", "sáu"};
        assertThat(messages.get(key, args)).isEqualTo(new MessageFormat(pattern, messages.locale()).format(args));
    }
}
