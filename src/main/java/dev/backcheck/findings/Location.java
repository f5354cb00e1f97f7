package dev.backcheck.findings;

import java.util.Comparator;

/**
 * A region in a scanned file. {@code path} is relative to the scan root, with '/' separators.
 * Lines and columns are 1-based; columns count UTF-16 code units; {@code endColumn} is exclusive.
 */
public record Location(String path, int line, int column, int endLine, int endColumn, String message) implements java.io.Serializable {
    /**
     * By path, line, column, end line, end column. Written out rather than composed from Comparator.comparing(..)
     * .thenComparingInt(..): every sort of sinks, reads and findings runs it, and the composed form costs a chain of
     * lambda calls per comparison (the launcher runs C1 only, which inlines little); the same order.
     */
    public static final Comparator<Location> ORDER = (a, b) -> {
        if (a.path != b.path) {
            int c = a.path.compareTo(b.path);
            if (c != 0) return c;
        }
        int c = Integer.compare(a.line, b.line);
        if (c != 0) return c;
        c = Integer.compare(a.column, b.column);
        if (c != 0) return c;
        c = Integer.compare(a.endLine, b.endLine);
        return c != 0 ? c : Integer.compare(a.endColumn, b.endColumn);
    };

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

    /** True when {@code where} starts at or after this span's start and ends at or before its end (paths not compared). */
    public boolean spans(Location where) {
        if (where == null) return false;
        boolean afterStart = where.line() > line || where.line() == line && where.column() >= column;
        boolean beforeEnd = where.endLine() < endLine || where.endLine() == endLine && where.endColumn() <= endColumn;
        return afterStart && beforeEnd;
    }

    /**
     * The record's own equality, written out: Locations are keys of many sets and maps and the generated form runs a
     * chain of method handles per call, which the launcher's C1 compiler does not inline (a 1M-line scan spent a third
     * of its samples in those handles). Same components, same answers.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Location l && line == l.line && column == l.column && endLine == l.endLine
                && endColumn == l.endColumn && java.util.Objects.equals(path, l.path) && java.util.Objects.equals(message, l.message);
    }

    /** The value the generated record hash gives (each component in order, {@code h * 31 + hash(component)} from 0), so hash iteration orders stay the same. */
    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(path);
        h = h * 31 + line;
        h = h * 31 + column;
        h = h * 31 + endLine;
        h = h * 31 + endColumn;
        return h * 31 + java.util.Objects.hashCode(message);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
