package vn.ptdv.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A message pattern of text and plain {n} arguments, filled with texts: what {@link MessageFormat} gives,
 * for a fraction of its cost. MessageFormat puts a text argument of a plain {n} in as it is, but builds the
 * result through a growing buffer and a lock; a ward's report fills the same findings' patterns tens of
 * thousands of times. The pattern's pieces are found by MessageFormat itself (its quoting rules are its
 * own), by formatting it once with markers for the arguments.
 */
final class TextTemplate {
    private static final char MARK = '\uE000';
    private static final char MARK_END = '\uE001';
    /** For a pattern this cannot fill (numbers, dates, choices, or the markers in its own text). */
    private static final TextTemplate NONE = new TextTemplate(new String[0], new int[0], Integer.MAX_VALUE);

    private final String[] texts;
    private final int[] arguments;
    private final int arity;

    /** {@code texts[i]} comes before argument {@code arguments[i]}; the last text ends the message. */
    private TextTemplate(String[] texts, int[] arguments, int arity) {
        this.texts = texts;
        this.arguments = arguments;
        this.arity = arity;
    }

    /** Whether the arguments are all texts, the only ones filled here. */
    static boolean fills(Object[] args) {
        for (Object a : args) {
            if (!(a instanceof String)) {
                return false;
            }
        }
        return true;
    }

    static TextTemplate of(MessageFormat format) {
        String pattern = format.toPattern();
        if (pattern.indexOf(MARK) >= 0 || pattern.indexOf(MARK_END) >= 0) {
            return NONE;
        }
        Format[] formats = format.getFormatsByArgumentIndex();
        for (Format f : formats) {
            if (f != null) {
                return NONE;
            }
        }
        Object[] marks = new Object[formats.length];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = MARK + Integer.toString(i) + MARK_END;
        }
        String marked;
        synchronized (format) {
            marked = format.format(marks);
        }
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        int from = 0;
        for (int at = marked.indexOf(MARK); at >= 0; at = marked.indexOf(MARK, from)) {
            int end = marked.indexOf(MARK_END, at);
            texts.add(marked.substring(from, at));
            arguments.add(Integer.parseInt(marked, at + 1, end, 10));
            from = end + 1;
        }
        texts.add(marked.substring(from));
        return new TextTemplate(texts.toArray(new String[0]), arguments.stream().mapToInt(Integer::intValue).toArray(),
                formats.length);
    }

    /** Whether every argument the pattern names is given (MessageFormat writes "{n}" for one missing). */
    boolean takes(Object[] args) {
        return args.length >= arity;
    }

    /** Joined in one go: String.join sizes the text once, where a builder would widen and copy it. */
    String fill(Object[] args) {
        String[] pieces = new String[texts.length + arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            pieces[2 * i] = texts[i];
            pieces[2 * i + 1] = (String) args[arguments[i]];
        }
        pieces[pieces.length - 1] = texts[arguments.length];
        return String.join("", pieces);
    }
}
