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
        try {
            if (project.root() == null) return List.of();
            Path root = project.root().toAbsolutePath().normalize();
            Path f = root.resolve(rel).normalize();
            if (!f.startsWith(root) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return List.of();
            if (!f.toRealPath().startsWith(root.toRealPath())) return List.of();
            String t = TextReader.decode(Files.readAllBytes(f)).text();
            return t == null ? List.of() : t.lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
