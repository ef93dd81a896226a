package vn.ptdv.app;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabasePasswordException;

/**
 * The opening password of a protected database on the command line: from {@code --password-file}
 * (its first line, for scripts), or asked on the console without echo. Never an option's value, which
 * would stay in the shell's history and in the process list. With neither, the command is refused.
 */
final class OpeningPassword {
    private OpeningPassword() {
    }

    static char[] read(Path database, Optional<Path> passwordFile, PrintWriter err, Messages messages) {
        if (passwordFile.isPresent()) {
            return fromFile(database, passwordFile.get(), err, messages);
        }
        Console console = System.console();
        if (console == null) {
            err.println(messages.get("cli.error.prefix") + messages.get("cli.openPassword.noConsole"));
            err.flush();
            throw new DatabasePasswordException(database, false);
        }
        char[] typed = console.readPassword("%s", messages.get("cli.openPassword.prompt", database.toAbsolutePath()));
        if (typed == null || typed.length == 0) {
            throw new DatabasePasswordException(database, false);
        }
        return typed;
    }

    private static char[] fromFile(Path database, Path file, PrintWriter err, Messages messages) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(messages.get("cli.error.prefix") + messages.get("cli.openPassword.fileUnreadable", file.toAbsolutePath()));
            err.flush();
            throw new DatabasePasswordException(database, false);
        }
        // The first line, without its line end (a file saved by Notepad ends with CR LF, perhaps a BOM).
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.isEmpty()) {
            err.println(messages.get("cli.error.prefix") + messages.get("cli.openPassword.fileEmpty", file.toAbsolutePath()));
            err.flush();
            throw new DatabasePasswordException(database, false);
        }
        return line.toCharArray();
    }
}
