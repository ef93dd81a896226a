package vn.ptdv.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.ptdv.i18n.Messages;

/**
 * A password option: {@code --password=VALUE} as typed, or {@code --password} alone to be asked for it
 * with a Vietnamese prompt (picocli's own prompt is in English), hidden when there is a console.
 */
final class PasswordInput {
    private PasswordInput() {
    }

    /** {@code given}: the option's value, "" when given without one, null when not given. */
    static Optional<char[]> read(String given, String promptKey, PrintWriter err) {
        if (given == null) {
            return Optional.empty();
        }
        if (!given.isEmpty()) {
            return Optional.of(given.toCharArray());
        }
        String prompt = Messages.text(promptKey);
        Console console = System.console();
        if (console != null) {
            return Optional.ofNullable(console.readPassword("%s", prompt));
        }
        err.print(prompt);
        err.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return Optional.ofNullable(line).map(String::toCharArray);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
