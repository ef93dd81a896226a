package vn.ptdv.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/**
 * The icons' font (Material Design, some 1.3 MB) is read and parsed by the first icon made. Made on
 * the FX thread as the window is built, that held the first frame up by a twentieth of its time; a
 * thread of its own reads it while the FX thread builds the window, and the first icon then finds
 * it loaded (Ikonli makes its one resolver under a lock, so the two never load it twice). The thread
 * makes no node: JavaFX allows nodes off its thread, but the first of a kind registers its CSS
 * pseudo-classes in a map that is not made for two threads at once.
 */
public final class IconFont {
    private static final Logger LOG = Logger.getLogger(IconFont.class.getName());

    private IconFont() {
    }

    /** Starts reading the font; call once JavaFX has started. */
    public static void loadInBackground() {
        Thread thread = new Thread(() -> {
            try {
                IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance())
                        .resolve(AppIcon.ACCOUNT_MULTIPLE.getDescription());
            } catch (RuntimeException e) {
                // The FX thread meets the same failure when it makes its first icon, and reports it there.
                LOG.log(Level.FINE, "The icons' font could not be read ahead", e);
            }
        }, "ptdv-icons");
        thread.setDaemon(true);
        thread.start();
    }
}
