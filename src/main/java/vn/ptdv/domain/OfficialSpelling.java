package vn.ptdv.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's own spelling of names typed in another case or spacing ("kinh", "THÁI", "Bru-Vân Kiều"), so that
 * each is counted with its group. The marks are kept as typed: a name without them is not guessed at.
 */
final class OfficialSpelling {
    private final Map<String, String> byKey = new HashMap<>();

    OfficialSpelling(List<String> names) {
        for (String name : names) {
            byKey.put(key(name), name);
        }
    }

    /** The list's spelling of the text, or the text tidied (stripped, composed) when the list has no such name. */
    String of(String text) {
        String tidy = TextTidy.tidy(text);
        return byKey.getOrDefault(key(tidy), tidy);
    }

    boolean isListed(String text) {
        return byKey.containsValue(text);
    }

    /** Lower case, composed, without spaces or hyphens: how two spellings of one name are compared. */
    private static String key(String text) {
        return TextTidy.tidy(text).toLowerCase(VietnameseNames.VIETNAMESE).replaceAll("[\\s\\-]+", "");
    }
}
