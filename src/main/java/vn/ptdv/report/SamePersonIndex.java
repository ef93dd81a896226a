package vn.ptdv.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ptdv.domain.Candidate;
import vn.ptdv.domain.VietnameseNames;

/**
 * The people an imported row is the same person as: the same citizen ID, or, when either has none,
 * the same name (ignoring case and diacritics) and date of birth. Found by hash lookups, because
 * comparing each of a thousand rows with each of twenty thousand candidates took seconds.
 */
final class SamePersonIndex<T> {
    private record NameKey(String foldedName, LocalDate birthDate) {
    }

    private record Entry<T>(int sequence, T item) {
    }

    private final Function<T, String> citizenId;
    private final Function<T, String> fullName;
    private final Function<T, LocalDate> birthDate;
    private final List<Entry<T>> entries = new ArrayList<>();
    private final Map<String, List<Entry<T>>> byCitizenId = new HashMap<>();
    private final Map<NameKey, List<Entry<T>>> withoutCitizenIdByName = new HashMap<>();
    /** Every entry by name, made only when a row without a citizen ID asks: most rows have one. */
    private Map<NameKey, List<Entry<T>>> byName;

    SamePersonIndex(Function<T, String> citizenId, Function<T, String> fullName, Function<T, LocalDate> birthDate) {
        this.citizenId = citizenId;
        this.fullName = fullName;
        this.birthDate = birthDate;
    }

    void add(T item) {
        Entry<T> entry = new Entry<>(entries.size(), item);
        entries.add(entry);
        String id = citizenId.apply(item);
        if (id.isEmpty()) {
            withoutCitizenIdByName.computeIfAbsent(key(item), k -> new ArrayList<>()).add(entry);
        } else {
            byCitizenId.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
        }
        if (byName != null) {
            byName.computeIfAbsent(key(item), k -> new ArrayList<>()).add(entry);
        }
    }

    /** The items that are the same person as {@code imported}, in the order they were added. */
    List<T> matches(Candidate imported) {
        NameKey name = new NameKey(VietnameseNames.fold(imported.fullName()), imported.birthDate());
        List<Entry<T>> found = new ArrayList<>();
        if (imported.citizenId().isEmpty()) {
            found.addAll(byName().getOrDefault(name, List.of()));
        } else {
            // An ID on both sides decides alone: the same name with another ID is someone else.
            found.addAll(byCitizenId.getOrDefault(imported.citizenId(), List.of()));
            found.addAll(withoutCitizenIdByName.getOrDefault(name, List.of()));
        }
        found.sort((a, b) -> Integer.compare(a.sequence(), b.sequence()));
        return found.stream().map(Entry::item).toList();
    }

    private Map<NameKey, List<Entry<T>>> byName() {
        if (byName == null) {
            byName = new HashMap<>();
            for (Entry<T> entry : entries) {
                byName.computeIfAbsent(key(entry.item()), k -> new ArrayList<>()).add(entry);
            }
        }
        return byName;
    }

    private NameKey key(T item) {
        return new NameKey(VietnameseNames.fold(fullName.apply(item)), birthDate.apply(item));
    }
}
