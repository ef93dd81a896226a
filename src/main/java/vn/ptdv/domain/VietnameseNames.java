package vn.ptdv.domain;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Vietnamese name order and diacritic-free search (domain.md, "Names and sorting"). Lists are sorted
 * by given name (the last word), then the middle names, then the family name, with the JDK's vi-VN
 * collation (a &lt; ă &lt; â, d &lt; đ, tones after the base letter).
 */
public final class VietnameseNames {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseNames() {
    }

    /**
     * vi-VN collation; not thread-safe, so it is only used under its own lock. Made on first need, not
     * with the class: building its tables costs some 30 ms, and the window's first list, read in the
     * order of the keys kept in the database, needs none.
     */
    private static final class Rules {
        static final Collator COLLATOR = collator();
    }
    /**
     * Each name's sort key, worked out once per program run: the list of twenty thousand names is then
     * sorted by comparing plain strings. Cleared if it ever grows past a bound, so memory stays small.
     */
    private static final java.util.Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 200_000;

    private static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /**
     * One string that orders names as their parts' collation keys do, part after part: each part's key
     * bytes (whose order is the keys' order, CollationKey.toByteArray says) as characters 1 to 256, and
     * a 0 after each part, so that a part that is the start of another's comes first, as it does in
     * the collation.
     */
    private static String keyOf(String name) {
        String key = KEYS.get(name);
        if (key == null) {
            StringBuilder b = new StringBuilder(64);
            for (String part : sortParts(name)) {
                CollationKey partKey;
                synchronized (Rules.COLLATOR) {
                    partKey = Rules.COLLATOR.getCollationKey(part);
                }
                for (byte x : partKey.toByteArray()) {
                    b.append((char) (1 + (x & 0xFF)));
                }
                b.append((char) 0);
            }
            key = b.toString();
            if (KEYS.size() >= MAX_KEYS) {
                KEYS.clear();
            }
            KEYS.put(name, key);
        }
        return key;
    }

    /**
     * The name's place in Vietnamese order as bytes, for the database: compared byte by byte (as SQLite
     * compares a BLOB), two keys are in the order of {@link #nameOrder()}. The key's characters as two
     * bytes each, high byte first, keep their order byte by byte, and a key that is the start of another
     * stays first.
     */
    public static byte[] sortKey(String fullName) {
        return keyOf(fullName).getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    }

    /** Compares full names the Vietnamese way. */
    public static Comparator<String> nameOrder() {
        return (x, y) -> keyOf(x).compareTo(keyOf(y));
    }

    /** Sorts any items by a name the Vietnamese way. */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        return Comparator.comparing(name, nameOrder());
    }

    /**
     * Sorts the list in place by a name the Vietnamese way. Same order as {@link #byName}, but each
     * item's key is looked up once rather than at every comparison: the list of the whole cell is
     * sorted at every refresh. Stable, like {@link List#sort}.
     */
    public static <T> void sort(List<T> items, Function<T, String> name) {
        int n = items.size();
        Keyed<?>[] keyed = new Keyed<?>[n];
        for (int i = 0; i < n; i++) {
            T item = items.get(i);
            keyed[i] = new Keyed<>(keyOf(name.apply(item)), item);
        }
        Arrays.sort(keyed, (x, y) -> x.key.compareTo(y.key));
        for (int i = 0; i < n; i++) {
            @SuppressWarnings("unchecked")
            T item = (T) keyed[i].item;
            items.set(i, item);
        }
    }

    private record Keyed<T>(String key, T item) {
    }

    /**
     * "Nguyễn Thị Thảo" → [Thảo, Thị, Nguyễn]: given name, middle names (empty when there are none,
     * so "Nguyễn Thảo" comes before "Nguyễn Thị Thảo"), family name.
     */
    static List<String> sortParts(String fullName) {
        String[] words = SPACES.split(fullName.strip());
        if (words.length <= 1) {
            return List.of(words[0]);
        }
        String middle = String.join(" ", Arrays.asList(words).subList(1, words.length - 1));
        return List.of(words[words.length - 1], middle, words[0]);
    }

    /** Lower case without diacritics, đ folded to d: what search compares. */
    public static String fold(String text) {
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /**
     * True when every word of the query occurs in the text, ignoring case and diacritics, so that
     * "nguyen thi thao", "thao nguyen" and "d" (for đ) all find "Nguyễn Thị Thảo" and "Đỗ".
     */
    public static boolean matches(String text, String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return true;
        }
        String haystack = fold(text);
        return Arrays.stream(folded.split(" ")).allMatch(haystack::contains);
    }
}
