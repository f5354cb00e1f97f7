package dev.backcheck.findings;

import java.util.Comparator;

/**
 * Something the tool could not do: a file it skipped or could not parse, a config it could not
 * read. Becomes a SARIF toolExecutionNotification. {@code path} may be null for run-level notes;
 * {@code line} is 0 when unknown.
 */
public record Notification(Level level, String id, String path, int line, int column, String message) {
    public static final Comparator<Notification> ORDER = Comparator
            .comparing((Notification n) -> n.path() == null ? "" : n.path())
            .thenComparingInt(Notification::line).thenComparing(Notification::id).thenComparing(Notification::message);

    public static Notification file(Level level, String id, String path, String message) {
        return new Notification(level, id, path, 0, 0, message);
    }

    @Override
    public String toString() {
        return (path == null ? "" : path + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ")
                + level.id() + " [" + id + "] " + message;
    }
}
