package vn.ptdv.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.ptdv.domain.CandidateSummary;
import vn.ptdv.domain.Cell;
import vn.ptdv.service.Services;

/**
 * The database as the window finds it when it wires the screens: opened (and filled with the sample
 * data on --demo), with what decides how the window starts (the first-start dialog, the lock screen)
 * and the candidate list it shows first.
 * Read in the background, never on the FX thread.
 */
record OpenedDatabase(Services services, Optional<Cell> cell, Optional<Throwable> demoError, boolean passwordSet,
                      int idleMinutes, List<CandidateSummary> candidates) {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(OpenedDatabase.class.getName());

    static OpenedDatabase open(Path databaseFile, Clock clock, boolean demo) {
        return open(databaseFile, clock, demo, Optional.empty());
    }

    /** {@code password}: the opening password of an encrypted file, once the person has typed it. */
    static OpenedDatabase open(Path databaseFile, Clock clock, boolean demo, Optional<char[]> password) {
        Services services = Services.open(databaseFile, clock, password);
        try {
            Optional<Throwable> demoError = Optional.empty();
            if (demo) {
                try {
                    services.demo().fill();
                } catch (RuntimeException e) {
                    demoError = Optional.of(e); // the window opens all the same, and says why there is no sample
                }
            }
            // The list the window shows first is read here as well, so that it is on the first frame.
            OpenedDatabase opened = new OpenedDatabase(services, services.cell().cell(), demoError,
                    services.access().hasPassword(), services.access().idleMinutes(),
                    services.candidates().listSummaries());
            LOG.info(() -> "Database opened " + StartupTimer.sinceJvmStart() + " ms after JVM start");
            return opened;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }
}
