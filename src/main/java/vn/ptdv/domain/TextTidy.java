package vn.ptdv.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as typed anywhere, made the same whichever way it came in (the form, an import, a paste):
 * composed Unicode (Unikey's "tổ hợp" and Macs write decomposed letters that look the same), no
 * non-breaking or zero-width spaces, no spaces at the ends. Without this, a name typed with an
 * invisible character and later imported from Excel would count as a second person.
 */
public final class TextTidy {
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\uFEFF]");

    private TextTidy() {
    }

    /** No invisible or non-breaking space and already composed: a scan, cheaper than normalising. */
    private static boolean alreadyTidy(String text) {
        boolean plainLetters = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                return false;
            }
            // Below the combining marks, or precomposed Vietnamese letters (ạ … ỹ): composed as it is.
            plainLetters &= c < '\u0300' || c >= '\u1E00' && c <= '\u1EFF';
        }
        return plainLetters || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        if (alreadyTidy(text)) {
            return text.strip(); // the common case, also for every value read back from the database
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return INVISIBLE.matcher(composed.replace('\u00A0', ' ')).replaceAll("").strip();
    }
}
