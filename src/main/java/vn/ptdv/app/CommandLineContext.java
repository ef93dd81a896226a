package vn.ptdv.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.ptdv.cli.CliContext;
import vn.ptdv.cli.PtdvCommand;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.Database;
import vn.ptdv.persistence.DatabasePasswordException;
import vn.ptdv.service.MissingDatabaseException;
import vn.ptdv.service.MissingFolderException;
import vn.ptdv.service.Services;

/**
 * Opens the database on the first command that needs it, and fills it first with --demo. A database
 * this run makes is noted, so that {@link #discardCreated} can take it away when the command fails.
 */
final class CommandLineContext implements CliContext {
    private final PtdvCommand root;
    private final PrintWriter err;
    private final Messages messages;
    /** Set by {@code password --remove}: see {@link #servicesForgottenPassword()}. */
    private boolean hashGuardWaived;
    private Services services;
    /** The opening password given for an encrypted database. */
    private Optional<char[]> password = Optional.empty();
    /** What was on the disk before this run made the database; null when it was there already. */
    private NewDatabaseFiles created;
    /** The throwaway folder of a preview against an empty database. */
    private Path scratch;

    CommandLineContext(PtdvCommand root, PrintWriter err, Messages messages) {
        this.root = root;
        this.err = err;
        this.messages = messages;
    }

    @Override
    public Services services() {
        return open(root.demo(), true);
    }

    @Override
    public Services servicesCreating() {
        return open(true, true);
    }

    @Override
    public Services createDatabase() {
        return open(true, false);
    }

    @Override
    public Services servicesForPreview() {
        Path file = databaseFile();
        if (services != null || root.demo() || Database.exists(file)) {
            return services();
        }
        checkFolder(file);
        err.println(messages.get("cli.database.previewEmpty", file.toAbsolutePath()));
        err.flush();
        LogSetup.silent(); // a log in the throwaway folder would go with it
        try {
            scratch = Files.createTempDirectory("ptdv-xem-truoc-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        services = Services.open(scratch.resolve("ptdv.db"), Clock.systemDefaultZone());
        return services;
    }

    @Override
    public void expectNew() {
        Path file = databaseFile();
        if (created == null && !Database.exists(file)) {
            noteNew(file, true);
        }
    }

    @Override
    public Services servicesForgottenPassword() {
        hashGuardWaived = true;
        return services();
    }

    private Services open(boolean mayCreate, boolean announce) {
        if (services == null) {
            Path file = databaseFile();
            if (Files.isDirectory(file)) {
                throw new MissingDatabaseException(file, true);
            }
            if (!Database.exists(file)) {
                if (!mayCreate) {
                    // A command that reads never starts a database: a missing file is most often a typo.
                    throw new MissingDatabaseException(file);
                }
                if (created == null) {
                    noteNew(file, announce);
                }
            }
            LogSetup.toFileBeside(file);
            // An encrypted file is asked for before it is opened; a plain one costs no key and no question.
            if (Database.isEncrypted(file)) {
                password = Optional.of(OpeningPassword.read(file, root.passwordFile(), err, messages));
            }
            Services opened = Services.open(file, Clock.systemDefaultZone(), password);
            try {
                guardedByHashOnly(opened, file);
                if (root.demo()) {
                    opened.demo().fill();
                }
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            services = opened;
        }
        return services;
    }

    /**
     * A file protected before encryption existed (plain, with the password's hash inside): the password
     * is asked all the same, and once given right the file is encrypted with it.
     */
    private void guardedByHashOnly(Services opened, Path file) {
        if (hashGuardWaived || opened.access().encrypted() || !opened.access().hasPassword()) {
            return;
        }
        char[] given = OpeningPassword.read(file, root.passwordFile(), err, messages);
        if (!opened.access().verify(given)) {
            throw new DatabasePasswordException(file, true);
        }
        opened.access().encryptWithVerifiedPassword(given);
        password = Optional.of(given);
        err.println(messages.get("cli.openPassword.encrypted"));
        err.flush();
    }

    @Override
    public Optional<char[]> readPassword(Path protectedFile) {
        if (root.passwordFile().isEmpty() && System.console() == null) {
            return Optional.empty();
        }
        return Optional.of(OpeningPassword.read(protectedFile, root.passwordFile(), err, messages));
    }

    @Override
    public Optional<char[]> openingPassword() {
        return password;
    }

    private void noteNew(Path file, boolean announce) {
        checkFolder(file);
        if (announce) {
            // stderr: stdout may carry JSON for another program.
            err.println(messages.get("cli.database.creating", file.toAbsolutePath()));
            err.flush();
        }
        created = NewDatabaseFiles.before(file);
    }

    /**
     * A folder typed after --db must exist: a new file in it is fine, a new folder is most often a typo.
     * The per-user default folder is the program's own, and is made when missing.
     */
    private void checkFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (root.database().isPresent() && (folder == null || !Files.isDirectory(folder))) {
            throw new MissingFolderException(file);
        }
    }

    @Override
    public Path databaseFile() {
        return Main.databaseFile(root.database());
    }

    @Override
    public void release() {
        close();
    }

    /**
     * After a command failed: takes away the database this run made (with its side files, log and
     * backups), since for a file that did not exist "as it was" is no file. False when there was none.
     */
    boolean discardCreated() {
        if (created == null) {
            return false;
        }
        close();
        LogSetup.stop(); // the log file is closed before it is removed (Windows keeps open files)
        created.remove();
        created = null;
        return true;
    }

    void close() {
        if (services != null) {
            services.close();
            services = null;
        }
        if (scratch != null) {
            NewDatabaseFiles.deleteTree(scratch);
            scratch = null;
        }
    }
}
