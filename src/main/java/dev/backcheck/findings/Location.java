package dev.backcheck.findings;

import java.util.Comparator;

/**
 * A region in a scanned file. {@code path} is relative to the scan root, with '/' separators.
 * Lines and columns are 1-based; columns count UTF-16 code units; {@code endColumn} is exclusive.
 */
public record Location(String path, int line, int column, int endLine, int endColumn, String message) implements java.io.Serializable {
    public static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparingInt(Location::line).thenComparingInt(Location::column)
            .thenComparingInt(Location::endLine).thenComparingInt(Location::endColumn);

    public Location {
        if (line < 1) line = 1;
        if (column < 1) column = 1;
        if (endLine < line) endLine = line;
        if (endLine == line && endColumn < column) endColumn = column;
    }

    public static Location at(String path, int line, int column) {
        return new Location(path, line, column, line, column, null);
    }

    public Location withMessage(String m) {
        return new Location(path, line, column, endLine, endColumn, m);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
