package vn.ptdv.ui.common;

import java.util.Arrays;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The program's icons, from the Material Design font that Ikonli carries. Ikonli finds an icon named
 * by text ("mdi2c-cog") in an enum of every icon of its first letter, and starting such an enum makes
 * all of its icons: the window's first frame made some 2,800 of them, in six enums, for its seven
 * icons (about a twentieth of the start-up). These few carry the same names, so Ikonli still finds
 * the font by the name's prefix, and their code points, checked against Ikonli's by a test.
 */
public enum AppIcon implements Ikon {
    ACCOUNT_MULTIPLE("mdi2a-account-multiple", 0xF000E),
    VIEW_DASHBOARD("mdi2v-view-dashboard", 0xF056E),
    TARGET("mdi2t-target", 0xF04FE),
    FILE_CHART("mdi2f-file-chart", 0xF0215),
    COG("mdi2c-cog", 0xF0493),
    EYE_OUTLINE("mdi2e-eye-outline", 0xF06D0),
    DOCK_RIGHT("mdi2d-dock-right", 0xF10AB),
    CLOCK_ALERT_OUTLINE("mdi2c-clock-alert-outline", 0xF05CE),
    CHECK_CIRCLE("mdi2c-check-circle", 0xF05E0),
    CLOSE_CIRCLE("mdi2c-close-circle", 0xF0159),
    ALERT_CIRCLE("mdi2a-alert-circle", 0xF0028),
    CIRCLE_OUTLINE("mdi2c-circle-outline", 0xF0766),
    MINUS_CIRCLE_OUTLINE("mdi2m-minus-circle-outline", 0xF0377);

    private final String description;
    private final int code;

    AppIcon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }

    /** A new node showing this icon. */
    public FontIcon node() {
        return new FontIcon(this);
    }

    /** The icon of this name; a name that is not one of the program's icons is a programming error. */
    public static AppIcon of(String description) {
        return Arrays.stream(values()).filter(i -> i.description.equals(description)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not one of the program's icons: " + description));
    }
}
