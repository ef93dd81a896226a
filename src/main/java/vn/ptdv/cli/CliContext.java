package vn.ptdv.cli;

import java.nio.file.Path;
import vn.ptdv.service.Services;

/** What a command needs: the services over the chosen database, opened (and filled) on first use. */
public interface CliContext {
    Services services();

    /** The services, creating the database when the file does not exist yet (for generated data). */
    Services servicesCreating();

    /** The chosen database file, whether or not it exists or can be opened. */
    Path databaseFile();

    /** Lets go of the database (and its lock), for a command that must replace the file. */
    void release();
}
