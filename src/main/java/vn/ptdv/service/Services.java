package vn.ptdv.service;

import java.nio.file.Path;
import java.time.Clock;
import vn.ptdv.persistence.Database;

/** The services over one opened database, as the window and the command line use them. */
public record Services(Database database, CandidateService candidates, CellService cell, DemoDataService demo,
                       CalendarService calendar, CheckService checks, TargetService targets,
                       OverviewService overview, BackupService backups,
                       AccessService access, AuditService audit, JournalService journal) implements AutoCloseable {

    /** Opens and migrates the database: slow, never on the FX thread. */
    public static Services open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, java.util.Optional.empty());
    }

    /** With the opening password, needed when the file is encrypted (see {@link Database#isEncrypted}). */
    public static Services open(Path databaseFile, Clock clock, java.util.Optional<char[]> password) {
        Database database = Database.open(databaseFile, password,
                (opened, fromVersion) -> new BackupService(opened, clock).automatic(BackupService.Reason.BEFORE_UPGRADE));
        AuditService audit = new AuditService(database);
        audit.identify(AuditIdentity.ofThisComputer());
        BackupService backups = new BackupService(database, clock, audit::restored);
        backups.removeLeftovers();
        // A run stopped between encrypting the file and its older plain backups left those in clear: they
        // are encrypted now (nothing to do, and nothing read, for a plain file).
        backups.encryptPlainBackups();
        CandidateService candidates = new CandidateService(database, clock);
        CalendarService calendar = new CalendarService(database);
        CellService cell = new CellService(database);
        CheckService checks = new CheckService(database, candidates, calendar);
        TargetService targets = new TargetService(database, candidates, cell);
        JournalService journal = new JournalService(database, clock, checks, calendar);
        return new Services(database, candidates, cell, new DemoDataService(database), calendar, checks, targets,
                new OverviewService(candidates, targets, checks, calendar, journal), backups,
                new AccessService(database, backups), audit, journal);
    }

    /** Lets another copy of the program open the file. */
    @Override
    public void close() {
        database.close();
    }
}
