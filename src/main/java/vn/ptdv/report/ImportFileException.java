package vn.ptdv.report;

/** The file cannot be imported at all (not an .xlsx, protected, too large …); the key says why. */
public class ImportFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public ImportFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
