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

    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return INVISIBLE.matcher(composed.replace('\u00A0', ' ')).replaceAll("").strip();
    }
}
