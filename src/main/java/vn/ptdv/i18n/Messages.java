package vn.ptdv.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The program's texts: Vietnamese by default (messages.properties), English when the system property
 * {@code ptdv.lang} is "en". The platform's default locale is deliberately ignored, so that an office
 * PC set to English still shows Vietnamese.
 */
public final class Messages {
    public static final String BUNDLE = "i18n/messages";
    private static volatile Messages current = new Messages(
            "en".equals(System.getProperty("ptdv.lang")) ? Locale.ENGLISH : Locale.forLanguageTag("vi"));

    private final ResourceBundle bundle;
    private final Locale locale;
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, TextTemplate> templates = new java.util.concurrent.ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages current() {
        return current;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text for the key with its {0}-style arguments filled in; the key itself when missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        // Parsing a pattern costs more than filling it in, and a ward's report fills the same few tens of
        // thousands of times. A MessageFormat is not safe on two threads at once: each is used under its lock.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        if (TextTemplate.fills(args)) {
            TextTemplate template = templates.computeIfAbsent(key, k -> TextTemplate.of(format));
            if (template.takes(args)) {
                return template.fill(args);
            }
        }
        synchronized (format) {
            return format.format(args);
        }
    }

    /** Shorthand for {@code current().get(key, args)}. */
    public static String text(String key, Object... args) {
        return current.get(key, args);
    }
}
