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

    /** vi-VN collation; not thread-safe, so it is only used under its own lock. */
    private static final Collator COLLATOR = collator();
    /**
     * Each name's collation keys, worked out once per program run: the list of twenty thousand names is
     * then sorted by comparing bytes. Cleared if it ever grows past a bound, so memory stays small.
     */
    private static final java.util.Map<String, CollationKey[]> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_KEYS = 200_000;

    private static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    private static CollationKey[] keysOf(String name) {
        CollationKey[] keys = KEYS.get(name);
        if (keys == null) {
            List<String> parts = sortParts(name);
            keys = new CollationKey[parts.size()];
            synchronized (COLLATOR) {
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = COLLATOR.getCollationKey(parts.get(i));
                }
            }
            if (KEYS.size() >= MAX_KEYS) {
                KEYS.clear();
            }
            KEYS.put(name, keys);
        }
        return keys;
    }

    /** Compares full names the Vietnamese way. */
    public static Comparator<String> nameOrder() {
        return (x, y) -> compareKeys(keysOf(x), keysOf(y));
    }

    /** Sorts any items by a name the Vietnamese way. */
    public static <T> Comparator<T> byName(Function<T, String> name) {
        return Comparator.comparing(name, nameOrder());
    }

    /**
     * Sorts the list in place by a name the Vietnamese way. Same order as {@link #byName}, but each
     * item's keys are looked up once rather than at every comparison: the list of the whole cell is
     * sorted at every refresh.
     */
    public static <T> void sort(List<T> items, Function<T, String> name) {
        int n = items.size();
        CollationKey[][] keys = new CollationKey[n][];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = keysOf(name.apply(items.get(i)));
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> compareKeys(keys[x], keys[y]));
        List<T> sorted = new java.util.ArrayList<>(n);
        for (Integer i : order) {
            sorted.add(items.get(i));
        }
        for (int i = 0; i < n; i++) {
            items.set(i, sorted.get(i));
        }
    }

    private static int compareKeys(CollationKey[] a, CollationKey[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
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
