package vn.ptdv.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.i18n.Messages;
import vn.ptdv.persistence.DatabaseException;

/** Each way SQLite can refuse a write gets the message that says what to do about it. */
class ErrorTextTest {
    private final Messages messages = Messages.current();

    @ParameterizedTest(name = "SQLite result code {0} -> {1}")
    @CsvSource(textBlock = """
            5,    error.database.busy
            6,    error.database.busy
            8,    error.database.readOnly
            1032, error.database.readOnly
            11,   error.database.corrupt
            26,   error.database.corrupt
            13,   error.database.full
            1,    error.database
            """)
    void aDatabaseFailureIsExplainedByItsSqliteResultCode(int code, String key) {
        // As the driver reports it: wrapped by the database layer, sometimes under another exception.
        SQLException sql = new SQLException("[SQLITE] failed", null, code);
        DatabaseException wrapped = new DatabaseException("Database work failed", new RuntimeException(sql));
        assertThat(ErrorText.describe(wrapped, messages)).isEqualTo(messages.get(key));
        assertThat(ErrorText.describe(new IllegalStateException(wrapped), messages)).isEqualTo(messages.get(key));
    }

    @org.junit.jupiter.api.Test
    void aFileThatCannotBeWrittenOrIsGoneIsNamed() {
        DatabaseException denied = new DatabaseException("Cannot write the backup",
                new java.nio.file.AccessDeniedException("E:\\ptdv.ptdvbak"));
        assertThat(ErrorText.describe(denied, messages)).isEqualTo(messages.get("error.file.access", "E:\\ptdv.ptdvbak"));
        DatabaseException gone = new DatabaseException("Cannot read",
                new java.nio.file.NoSuchFileException("E:\\ptdv.ptdvbak"));
        assertThat(ErrorText.describe(gone, messages)).contains("E:\\ptdv.ptdvbak").contains("USB");
    }
}
