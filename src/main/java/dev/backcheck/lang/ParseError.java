package dev.backcheck.lang;

/** A source file a {@link FrontEnd} could not turn into facts: message, and the 1-based line/column when known. */
public class ParseError extends Exception {
    /** Notification id: {@code parse-error}, {@code too-deep} (nesting guard), {@code too-large}. */
    public final String id;
    public final int line;
    public final int column;

    public ParseError(String id, String message, int line, int column) {
        super(message, null, false, false);
        this.id = id;
        this.line = line;
        this.column = column;
    }
}
