package vn.ptdv.cli;

import java.nio.file.Path;
import vn.ptdv.service.Services;

/**
 * What a command needs: the services over the chosen database, opened (and filled) on first use.
 * Commands that only read refuse a database file that does not exist; commands that write may make it,
 * and when one of them fails, what it made is taken away again.
 */
public interface CliContext {
    /** The services over the existing database; with --demo a missing one is made first, after saying so. */
    Services services();

    /**
     * For {@code password --remove}, the way back from a forgotten password: a plain file protected only by
     * the password's hash is opened without asking for that password (the file is readable in any case;
     * the command asks for the backup password instead). An encrypted file is asked for as always.
     */
    Services servicesForgottenPassword();

    /** For a command that writes: makes the database first, after saying so, when the file does not exist yet. */
    Services servicesCreating();

    /** For {@code init}: makes the database, which does not exist yet; the command itself confirms it. */
    Services createDatabase();

    /**
     * For a preview: the database, or when the file does not exist an empty one in a temporary folder,
     * so that nothing is made at the chosen path.
     */
    Services servicesForPreview();

    /**
     * For a command that puts a database file in place itself (restore): when the file does not exist
     * yet, checks its folder, says that a new file is made, and notes what is on the disk, so that a
     * failure takes away all the command made.
     */
    void expectNew();

    /** The chosen database file, whether or not it exists or can be opened. */
    Path databaseFile();

    /** The password the database was opened with, when it is encrypted (after {@link #services()}). */
    java.util.Optional<char[]> openingPassword();

    /**
     * The password of another protected file (a backup being restored), read as the opening password is:
     * the first line of {@code --password-file}, or typed on the console without echo; empty with neither.
     */
    java.util.Optional<char[]> readPassword(Path protectedFile);

    /** Lets go of the database (and its lock), for a command that must replace the file. */
    void release();
}
