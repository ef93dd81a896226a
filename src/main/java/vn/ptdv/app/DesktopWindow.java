package vn.ptdv.app;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabasePasswordException;
import vn.ptdv.persistence.UnusableDatabaseException;
import vn.ptdv.service.BackupService;
import vn.ptdv.service.ErrorText;
import vn.ptdv.service.Services;
import vn.ptdv.ui.candidate.CandidatesView;
import vn.ptdv.ui.common.AppIcon;
import vn.ptdv.ui.common.FxDialogService;
import vn.ptdv.ui.common.FxTaskRunner;
import vn.ptdv.ui.dashboard.DashboardView;
import vn.ptdv.ui.dashboard.OverviewViewModel;
import vn.ptdv.ui.dashboard.TodoViewModel;
import vn.ptdv.report.ReportService;
import vn.ptdv.ui.common.FileOpener;
import vn.ptdv.ui.report.ReportsView;
import vn.ptdv.ui.report.ReportsViewModel;
import vn.ptdv.ui.target.TargetsView;
import vn.ptdv.ui.target.TargetsViewModel;
import vn.ptdv.ui.settings.AuditLogViewModel;
import vn.ptdv.ui.access.AccessViewModel;
import vn.ptdv.ui.access.IdleLock;
import vn.ptdv.ui.access.LockView;
import vn.ptdv.ui.access.LockViewModel;
import vn.ptdv.ui.settings.BackupViewModel;
import vn.ptdv.ui.settings.FirstStartDialog;
import vn.ptdv.ui.settings.WelcomeViewModel;
import vn.ptdv.ui.report.ExcelFlows;
import vn.ptdv.ui.settings.HolidaysViewModel;
import vn.ptdv.ui.settings.RulesViewModel;
import vn.ptdv.ui.settings.SettingsView;
import vn.ptdv.ui.settings.SettingsViewModel;
import vn.ptdv.ui.shell.MainWindow;

/**
 * Puts the program in a stage: the window is shown at once, the database opens in the background
 * (the migration takes a while on an old PC), then the screens are wired and, on an empty database,
 * the first-start dialog asks for the cell.
 */
public final class DesktopWindow {
    private static final Logger LOG = Logger.getLogger(DesktopWindow.class.getName());
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    /** How long the window waits for the database to be open before it is shown without its list. */
    private static final java.time.Duration SHOW_COMPLETE_WAIT = java.time.Duration.ofMillis(300);

    private final Messages m = Messages.current();
    private final Path databaseFile;
    private final boolean demo;
    private final Clock clock;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final MainWindow window;

    private final FileOpener fileOpener;
    private DashboardView dashboard;
    /** The open database, closed (backed up, unlocked) when the program exits. */
    private volatile Services services;
    /** With --measure-startup: told once the frame with the list's first data has been laid out. */
    private Runnable dataShown;
    /** A backup was put in place of a file that could not be opened: the trail is told on opening. */
    private volatile boolean restoredOver;
    /** With --measure-startup: the database could not be opened, so there was no time to print. */
    private volatile boolean failedToOpen;
    /** The opening password of an encrypted file, once typed. */
    private volatile Optional<char[]> openingPassword = Optional.empty();
    /** The database already being opened by the launcher, taken by the first opening. */
    private volatile DatabaseHeadStart headStart;

    public DesktopWindow(Path databaseFile, boolean demo, Clock clock, FileOpener fileOpener) {
        this.databaseFile = databaseFile;
        this.demo = demo;
        this.clock = clock;
        this.fileOpener = fileOpener;
        // The theme before the first control: a control created earlier loads JavaFX's own theme
        // (Modena) first, only for it to be replaced.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.window = new MainWindow();
    }

    /** For --measure-startup: {@code action} runs once the frame with the list's first data is laid out. */
    public void whenDataShown(Runnable action) {
        this.dataShown = action;
    }

    /** Whether --measure-startup ended without a time, the database not opening. */
    boolean failedToOpen() {
        return failedToOpen;
    }

    /** The launcher began opening the database while JavaFX started: the window takes that opening. */
    void openedAhead(DatabaseHeadStart opening) {
        this.headStart = opening;
    }

    public void open(Stage stage) {
        LOG.info(() -> "Frame built " + sinceJvmStart() + " ms after JVM start");
        DatabaseHeadStart ahead = headStart;
        Optional<OpenedDatabase> ready = ahead == null ? Optional.empty() : ahead.openedNow();
        // The frame goes in the scene now, unless the opening ahead is still under way (see below).
        boolean frameNow = ahead == null || ready.isPresent();
        // Fill most of the screen even where the window manager ignores "maximized".
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowSize size = WindowSize.on(screen);
        Scene scene = new Scene(frameNow ? window.root() : new javafx.scene.layout.StackPane(), size.width(), size.height());
        scene.getStylesheets().add(DesktopWindow.class.getResource("/css/ptdv.css").toExternalForm());
        stage.setTitle(m.get("app.name"));
        stage.setScene(scene);
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        // Placed within the screen's room, not centred on the whole screen (a task bar at the top or
        // the side would cover its edge); "maximized" comes back to this place.
        stage.setX(size.x());
        stage.setY(size.y());
        stage.setMaximized(true);
        // A listener, not a binding: the bindings' classes cost the first frame more than the window needs.
        tasks.runningProperty().addListener((o, was, now) -> window.busyProperty().set(now.intValue() > 0));
        FxDialogService dialogs = new FxDialogService(stage, m);
        if (ahead == null) {
            showWindow(stage);
            openAndWire(stage, scene, dialogs);
            return;
        }
        if (ready.isPresent()) {
            // Opened before JavaFX was ready, as it usually is: the window is shown once, with its
            // list, rather than empty first and styled and laid out a second time a moment later.
            headStart = null;
            wire(stage, scene, adopt(ready.get()), dialogs);
            showWindow(stage);
            return;
        }
        // Still opening: the system makes its window meanwhile, with nothing in it yet. The frame and
        // its list come together when the opening ends; if it takes longer (a migration on an old PC),
        // the frame comes without them and says it is opening.
        showWindow(stage);
        ahead.afterOpeningOr(SHOW_COMPLETE_WAIT, () -> {
            Optional<OpenedDatabase> opened = ahead.openedNow();
            scene.setRoot(window.root());
            if (opened.isPresent()) {
                headStart = null;
                wire(stage, scene, adopt(opened.get()), dialogs);
            } else {
                openAndWire(stage, scene, dialogs);
            }
        });
    }

    private static void showWindow(Stage stage) {
        stage.show();
        LOG.info(() -> "Window shown " + sinceJvmStart() + " ms after JVM start");
    }

    private void openAndWire(Stage stage, Scene scene, FxDialogService dialogs) {
        tasks.run(this::openDatabase, opened -> wire(stage, scene, opened, dialogs), e -> {
            Optional<DatabasePasswordException> password = ErrorText.find(e, DatabasePasswordException.class);
            if (password.isPresent() && dataShown == null) {
                // An encrypted file: nothing of it was read. The password first, then the file.
                LOG.info(() -> password.get().given() ? "Wrong opening password" : "The database is encrypted");
                askOpeningPassword(stage, scene, dialogs, password.get());
                return;
            }
            LOG.log(Level.SEVERE, "Cannot open the database " + databaseFile, e);
            if (dataShown != null) {
                // Nothing to time: the reason on the console, and the program ends with an error.
                failedToOpen = true;
                System.err.println(m.get("cli.error.prefix") + ErrorText.describe(e, m));
                Platform.exit();
                return;
            }
            setIcons(stage);
            String message = m.get("main.openFailed", databaseFile, ErrorText.describe(e, m));
            latestBackupFor(e).ifPresentOrElse(latest -> window.setOpeningFailed(message,
                            m.get("main.restoreLatest", vn.ptdv.domain.DisplayDates.dateTime(latest.time())),
                            () -> restoreOver(stage, scene, dialogs, latest)),
                    () -> window.setOpeningFailed(message));
        });
    }

    /** Asks for the opening password of an encrypted file (again after a wrong one), then opens it. */
    private void askOpeningPassword(Stage stage, Scene scene, FxDialogService dialogs, DatabasePasswordException before) {
        setIcons(stage);
        forgetOpeningPassword();
        String text = !before.given() ? "main.openPassword.ask"
                : before.maybeDamaged() ? "main.openPassword.wrongOrDamaged" : "main.openPassword.wrong";
        Optional<char[]> typed = dialogs.askPassword(m.get("main.openPassword.title"),
                m.get(text, databaseFile.toAbsolutePath()));
        if (typed.isEmpty()) {
            window.setOpeningFailed(m.get("main.openPassword.cancelled", databaseFile.toAbsolutePath()));
            return;
        }
        openingPassword = typed;
        openAndWire(stage, scene, dialogs);
    }

    /** The newest automatic backup, when the file cannot be opened and a backup is the way out. */
    private Optional<BackupService.Entry> latestBackupFor(Throwable e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof UnusableDatabaseException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof UnusableDatabaseException unusable) || !unusable.restorable()) {
            return Optional.empty();
        }
        try {
            return BackupService.list(databaseFile).stream().findFirst();
        } catch (RuntimeException listing) {
            LOG.log(Level.WARNING, "Cannot list the backups", listing);
            return Optional.empty();
        }
    }

    /** Puts the backup in place of the file that cannot be opened (kept aside, renamed), then opens it. */
    private void restoreOver(Stage stage, Scene scene, FxDialogService dialogs, BackupService.Entry latest) {
        Optional<char[]> password = Optional.empty();
        if (latest.encrypted() && openingPassword.isPresent()) {
            // A damaged encrypted file: it was told damaged because its newest backup opens with the
            // password just typed, so that one is not asked for again.
            password = openingPassword;
        } else if (latest.encrypted()) {
            password = dialogs.askPassword(m.get("backup.restore.title"), m.get("backup.restore.password", latest.file()));
            if (password.isEmpty()) {
                return;
            }
        }
        if (!dialogs.confirm(m.get("backup.restore.title"), m.get("main.restoreLatest.confirm",
                vn.ptdv.domain.DisplayDates.dateTime(latest.time()), databaseFile), m.get("backup.restore.button"))) {
            return;
        }
        Optional<char[]> secret = password;
        tasks.run(() -> BackupService.restoreOver(databaseFile, latest.file(), secret, clock), kept -> {
            restoredOver = true;
            dialogs.showInfo(m.get("backup.restore.title"), kept.map(k -> m.get("main.restoreLatest.done", k))
                    .orElse(m.get("main.restoreLatest.doneNew")));
            openAndWire(stage, scene, dialogs);
        }, e -> dialogs.showError(m.get("error.title"), ErrorText.describe(e, m)));
    }

    private OpenedDatabase openDatabase() throws Exception {
        DatabaseHeadStart ahead = headStart;
        headStart = null;
        return adopt(ahead != null ? ahead.take()
                : OpenedDatabase.open(databaseFile, clock, demo, openingPassword));
    }

    /** The window now holds the open database (closed on exit); a restore over a broken file is told to the trail. */
    private OpenedDatabase adopt(OpenedDatabase opened) {
        this.services = opened.services();
        if (restoredOver) {
            restoredOver = false;
            opened.services().audit().restored();
        }
        return opened;
    }

    /**
     * The typed opening password is needed only until the file is open (the key derived from it is the
     * database's): it is wiped then, so that it does not stay in memory for the whole session.
     */
    private void forgetOpeningPassword() {
        openingPassword.ifPresent(p -> java.util.Arrays.fill(p, '\0'));
        openingPassword = Optional.empty();
    }

    private void wire(Stage stage, Scene scene, OpenedDatabase opened, FxDialogService dialogs) {
        forgetOpeningPassword();
        Services services = opened.services();
        LockViewModel lock = new LockViewModel(services.access(), tasks, dialogs);
        window.setLockScreen(() -> new LockView(lock), lock.lockedProperty());
        // An encrypted file was opened with its password just now; one guarded by the hash only is locked.
        if (opened.passwordSet() && !services.access().encrypted()) {
            lock.lock();
        }
        AccessViewModel access = new AccessViewModel(services.access(), tasks, dialogs);
        access.passwordSetProperty().set(opened.passwordSet());
        access.idleMinutesProperty().set(opened.idleMinutes());
        IdleLock.install(scene, lock, access);
        ReportService reports = new ReportService(services);
        CandidatesView candidates = new CandidatesView(services.candidates(), services.cell(), services.checks(),
                reports, services.audit(), services.journal(), new vn.ptdv.ui.candidate.FormsViewModel(
                        new vn.ptdv.report.forms.FormService(services), services.candidates(), tasks, dialogs,
                        fileOpener, clock), tasks, dialogs, clock);
        candidates.showFirstList(opened.candidates());
        window.addScreen("candidates", AppIcon.ACCOUNT_MULTIPLE, candidates);
        // Numbers shown in full are hidden again when the screen locks.
        lock.lockedProperty().addListener((o, was, locked) -> {
            if (locked) {
                candidates.hideNumbers();
            }
        });
        TodoViewModel todo = new TodoViewModel(services.checks(), services.cell(), tasks, dialogs, clock);
        // The other screens are built when first shown: the start-up builds and styles only the list.
        window.addLazyScreen("dashboard", AppIcon.VIEW_DASHBOARD, () -> dashboard(services, todo, candidates, dialogs));
        window.addLazyScreen("targets", AppIcon.TARGET,
                () -> new TargetsView(new TargetsViewModel(services.targets(), tasks, dialogs, clock)));
        window.addLazyScreen("reports", AppIcon.FILE_CHART, () -> new ReportsView(new ReportsViewModel(
                reports, new vn.ptdv.report.ImportService(services), tasks, dialogs, fileOpener, clock)));
        window.addLazyScreen("settings", AppIcon.COG, () -> new SettingsView(
                new SettingsViewModel(services.cell(), tasks, dialogs),
                new HolidaysViewModel(services.calendar(), tasks, dialogs, clock),
                new RulesViewModel(services.checks(), tasks, dialogs),
                // After a restore every screen shows the restored data: the current one reloads now,
                // the others when they are shown.
                new BackupViewModel(services.backups(), tasks, dialogs, clock, () -> window.show(window.currentKey())),
                access, new AuditLogViewModel(services.audit(), reports, tasks, dialogs, clock),
                new vn.ptdv.ui.settings.FormTemplatesViewModel(new vn.ptdv.report.forms.FormService(services), tasks,
                        dialogs)));
        // What waits for the list's first frame: the time (--measure-startup), taken as the frame is laid
        // out; or, once the frame is done (a dialog's own event loop cannot run inside it), the first-start
        // dialog or the rules checked for the count of overdue work.
        candidates.afterNextList(() -> Frames.afterNext(scene, () -> {
            LOG.info(() -> "List shown " + sinceJvmStart() + " ms after JVM start");
            if (dataShown != null) {
                dataShown.run();
            } else {
                Platform.runLater(() -> {
                    setIcons(stage);
                    candidates.installTooltips();
                    afterFirstFrame(stage, opened, lock, todo, candidates, dialogs);
                });
            }
        }));
        window.show("candidates");
        window.setStatus(m.get("main.status.database", databaseFile.toAbsolutePath()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (lock.lockedProperty().get()) {
                return;
            }
            window.show("candidates");
            candidates.newCandidate();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if ("candidates".equals(window.currentKey()) && !lock.lockedProperty().get()) {
                candidates.saveCandidate();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (candidates.hasUnsavedChanges()) {
                e.consume();
                candidates.leaveForm(stage::close);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (lock.lockedProperty().get()) {
                return;
            }
            window.show("candidates");
            candidates.focusSearch();
        });
        LOG.info(() -> "Database ready " + sinceJvmStart() + " ms after JVM start");
    }

    /**
     * The window's icons (title bar, task bar), once the first frame is on the screen: decoding the six
     * sizes held that frame up by a twentieth of its time.
     */
    private static void setIcons(Stage stage) {
        if (!stage.getIcons().isEmpty()) {
            return;
        }
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(DesktopWindow.class.getResourceAsStream("/icons/ptdv-" + size + ".png")));
        }
    }

    private void afterFirstFrame(Stage stage, OpenedDatabase opened, LockViewModel lock, TodoViewModel todo,
                                 CandidatesView candidates, FxDialogService dialogs) {
        opened.demoError().ifPresent(e -> dialogs.showError(m.get("error.title"), ErrorText.describe(e, m)));
        if (opened.cell().isEmpty()) {
            firstStart(stage, opened.services(), candidates, opened.candidates().size());
        } else {
            // The count of overdue work is for the committee: shown once the program is unlocked. The
            // rules are checked once the list is on the screen.
            whenUnlocked(lock, () -> todo.load(() -> notifyOverdue(stage, todo.overdueCount())));
        }
    }

    private DashboardView dashboard(Services services, TodoViewModel todo, CandidatesView candidates,
                                    FxDialogService dialogs) {
        OverviewViewModel overview = new OverviewViewModel(services.overview(), tasks, dialogs, clock);
        dashboard = new DashboardView(todo, overview, id -> {
            window.show("candidates");
            candidates.showCandidate(id);
        }, status -> {
            window.show("candidates");
            candidates.showStatus(status);
        });
        dashboard.setOpenJournal(id -> {
            window.show("candidates");
            candidates.showCandidateJournal(id);
        });
        return dashboard;
    }

    private static void whenUnlocked(LockViewModel lock, Runnable action) {
        if (!lock.lockedProperty().get()) {
            action.run();
            return;
        }
        lock.lockedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    o.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * The welcome on an empty database. It saves the cell and runs the chosen beginning itself; "Để sau"
     * saves nothing, so the welcome comes again at the next start.
     */
    private void firstStart(Stage stage, Services services, CandidatesView candidates, int people) {
        new FirstStartDialog(stage, people, dialogs -> new WelcomeViewModel(services.cell(), services.candidates(),
                services.demo(), new ExcelFlows(new vn.ptdv.report.ImportService(services), tasks, dialogs), tasks,
                dialogs)).ask().ifPresent(outcome -> {
            candidates.onShow();
            if (!outcome.summary().isEmpty()) {
                window.setStatus(m.get("firstStart.status", databaseFile.toAbsolutePath(), outcome.summary()));
                // What the first start did is news for a while, not the status line's for the whole day.
                javafx.animation.PauseTransition news = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(30));
                news.setOnFinished(e -> window.setStatus(m.get("main.status.database", databaseFile.toAbsolutePath())));
                news.play();
            }
        });
    }

    /** At start-up, a notification says how many things are overdue; it opens the to-do list. */
    private void notifyOverdue(Stage stage, long overdue) {
        if (overdue == 0) {
            return;
        }
        org.controlsfx.control.Notifications.create()
                .owner(stage)
                .title(m.get("todo.notify.title"))
                .text(m.get("todo.notify.text", overdue))
                .hideAfter(javafx.util.Duration.seconds(12))
                .onAction(e -> {
                    window.show("dashboard");
                    dashboard.scrollToTodo();
                })
                .showWarning();
    }


    /**
     * Called when the program exits: waits for saves still running, makes the day's automatic backup
     * and lets go of the database.
     */
    public void close() {
        tasks.finish(10);
        Services open = services;
        services = null;
        if (open != null) {
            try {
                open.backups().onClose();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The backup on closing failed", e);
            }
            open.close();
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
