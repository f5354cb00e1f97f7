package dev.backcheck.concepts;

import dev.backcheck.model.Project;
import dev.backcheck.workspace.TextReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** The lines of a scanned file, for concepts that judge a value by the words written around it. */
public final class SourceLines {
    private SourceLines() { }

    /** The lines of {@code rel} (relative to the root), or none when it cannot be read or lies outside the root. */
    public static List<String> read(Project project, String rel) {
        String t = text(project, rel, Long.MAX_VALUE);
        return t == null ? List.of() : t.lines().toList();
    }

    /**
     * The decoded text of {@code rel} (relative to the root), or null when it cannot be read, is larger than
     * {@code maxBytes}, or is not a regular file inside the root (no symbolic link is followed out of it).
     */
    public static String text(Project project, String rel, long maxBytes) {
        try {
            if (project.root() == null) return null;
            Path root = project.root().toAbsolutePath().normalize();
            Path f = root.resolve(rel).normalize();
            if (!f.startsWith(root) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return null;
            if (!f.toRealPath().startsWith(root.toRealPath()) || Files.size(f) > maxBytes) return null;
            return TextReader.decode(Files.readAllBytes(f)).text();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
