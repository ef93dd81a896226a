package vn.ptdv.domain;

/**
 * Citizen ID and phone numbers in lists: hidden but for their last three digits until someone chooses
 * to see them, so that a screen seen over a shoulder or in a photo gives nothing away.
 */
public final class Masking {
    private static final int SHOWN = 3;

    private Masking() {
    }

    public static String mask(String number) {
        String text = number == null ? "" : number.strip();
        if (text.length() <= SHOWN) {
            return "•".repeat(text.length());
        }
        return "•".repeat(text.length() - SHOWN) + text.substring(text.length() - SHOWN);
    }
}
