package vn.ptdv.report.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.domain.DisplayDates;
import vn.ptdv.i18n.Messages;

/**
 * The values a template's placeholders get, and what was missing: a fact the program keeps but that
 * the file does not hold yet is written as a visible blank, and named in the list shown beside the
 * document, so that the committee can fill it in the program (or by hand on paper).
 */
final class FactSheet {
    /** What a missing fact is written as: dots to write on, as on the printed forms. */
    static final String BLANK = "……………";

    private final Map<String, Object> values = new LinkedHashMap<>();
    /** What is missing, by the placeholder it leaves blank: only those the template uses are told. */
    private final Map<String, List<String>> missing = new LinkedHashMap<>();
    private final Messages messages;
    /** Put before each missing fact's text (a person's name on the list of several). */
    private final String missingPrefix;

    FactSheet(Messages messages) {
        this(messages, "");
    }

    FactSheet(Messages messages, String missingPrefix) {
        this.messages = messages;
        this.missingPrefix = missingPrefix;
    }

    /** An empty sheet whose missing facts carry the same prefix (a part of one person's row). */
    FactSheet sibling() {
        return new FactSheet(messages, missingPrefix);
    }

    /** A text fact; blank text is missing, named by {@code factKey} (a {@code forms.fact.} key). */
    String text(String key, String value, String factKey, Object... args) {
        if (value == null || value.isBlank()) {
            miss(key, factKey, args);
            values.put(key, BLANK);
            return BLANK;
        }
        values.put(key, value);
        return value;
    }

    String text(String key, Optional<String> value, String factKey, Object... args) {
        return text(key, value.orElse(""), factKey, args);
    }

    /** A date as dd/MM/yyyy. */
    String date(String key, Optional<LocalDate> value, String factKey, Object... args) {
        return text(key, value.map(DisplayDates::format).orElse(""), factKey, args);
    }

    /** A value that is never missing (made by the program, or a phrase built from other facts). */
    void put(String key, Object value) {
        values.put(key, value);
    }

    /** Notes a missing fact that leaves the placeholder {@code key} (partly) blank. */
    void miss(String key, String factKey, Object... args) {
        add(key, missingPrefix + messages.get("forms.fact." + factKey, args));
    }

    /** Takes over what another sheet was missing (a person's on the list of several), under {@code key}. */
    void addMissing(String key, List<String> more) {
        more.forEach(text -> add(key, text));
    }

    private void add(String key, String text) {
        List<String> texts = missing.computeIfAbsent(key, k -> new ArrayList<>());
        if (!texts.contains(text)) {
            texts.add(text);
        }
    }

    Map<String, Object> values() {
        return values;
    }

    /** Everything missing, whatever the template uses. */
    List<String> missing() {
        return missingFor(missing.keySet());
    }

    /** What is missing among the placeholders {@code used}, in the order the facts were put. */
    List<String> missingFor(java.util.Collection<String> used) {
        List<String> texts = new ArrayList<>();
        missing.forEach((key, list) -> {
            if (used.contains(key)) {
                list.stream().filter(t -> !texts.contains(t)).forEach(texts::add);
            }
        });
        return texts;
    }
}
