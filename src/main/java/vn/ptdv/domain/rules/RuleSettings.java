package vn.ptdv.domain.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers the rules use: the defaults of domain.md, as the committee changed them. */
public final class RuleSettings {
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");
    private static final Pattern WHOLE = Pattern.compile("\\s*(\\d{1,4})\\s*");

    private final Map<RuleCode, String> values;

    private RuleSettings(Map<RuleCode, String> values) {
        this.values = values;
    }

    public static RuleSettings defaults() {
        return new RuleSettings(new EnumMap<>(RuleCode.class));
    }

    /** The defaults with the stored changes applied (values that do not parse are ignored). */
    public static RuleSettings of(Map<RuleCode, String> changed) {
        Map<RuleCode, String> copy = new EnumMap<>(RuleCode.class);
        changed.forEach((code, value) -> {
            if (isValid(code, value)) {
                copy.put(code, value.strip());
            }
        });
        return new RuleSettings(copy);
    }

    /** Whether the text is an acceptable value for the rule: a whole number, or a fraction up to 1. */
    public static boolean isValid(RuleCode code, String value) {
        if (value == null) {
            return false;
        }
        if (code.unit() == RuleCode.Unit.FRACTION) {
            Matcher m = FRACTION.matcher(value);
            return m.matches() && Integer.parseInt(m.group(2)) > 0
                    && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
        }
        return code.hasValue() && WHOLE.matcher(value).matches();
    }

    /** The rule's value as text, as shown and stored. */
    public String text(RuleCode code) {
        return values.getOrDefault(code, code.defaultValue());
    }

    /** The rule's whole number. */
    public int value(RuleCode code) {
        return Integer.parseInt(text(code).strip());
    }

    /** The rule's fraction as {numerator, denominator}. */
    public int[] fraction(RuleCode code) {
        Matcher m = FRACTION.matcher(text(code));
        if (!m.matches()) {
            throw new IllegalStateException(code + " is not a fraction");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    public boolean isDefault(RuleCode code) {
        return text(code).equals(code.defaultValue());
    }

    public Optional<String> changed(RuleCode code) {
        return Optional.ofNullable(values.get(code));
    }
}
