package dev.backcheck.workspace;

import java.nio.file.Path;

/** A file selected for analysis: its path relative to the scan root ('/' separated) and on disk. */
public record SourceFile(String path, Path file, long size) implements Comparable<SourceFile> {
    @Override
    public int compareTo(SourceFile o) {
        return path.compareTo(o.path);
    }
}
