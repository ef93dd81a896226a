package vn.ptdv.service;

import java.util.List;

/**
 * What any text typed, pasted or imported must be to be stored: of a length a cell of Excel (32,767
 * characters at most) and a printed list can hold, and without characters that cannot be kept or
 * shown: control characters, which come from broken copies and files, and halves of an emoji (lone
 * surrogates), which the database would silently turn into '?'.
 */
final class TextRules {
    /** Names of people: the longest real Vietnamese name is far shorter. */
    static final int NAME_MAX = 100;
    /** Addresses, document numbers, issuing bodies, occupations and the like. */
    static final int TEXT_MAX = 500;
    /** Notes and reasons. */
    static final int NOTE_MAX = 4000;

    private TextRules() {
    }

    /** Adds the field's error, if any: first for characters, else for length. */
    static void check(String field, String value, int max, List<FieldError> errors) {
        int bad = firstBadCharacter(value);
        if (bad >= 0) {
            errors.add(FieldError.of(field, "validation.text.character", bad + 1,
                    String.format("U+%04X", (int) value.charAt(bad))));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.text.tooLong", max, value.length()));
        }
    }

    /** The index of the first character that cannot be stored, or -1. Tabs and line breaks are text. */
    static int firstBadCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole emoji or rare Han character: two halves that belong together
                continue;
            }
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            if (control || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }
}
