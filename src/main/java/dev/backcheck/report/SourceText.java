package dev.backcheck.report;

import dev.backcheck.workspace.TextReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads (once) the text of files that carry findings, for source lines and fingerprints. */
public final class SourceText {
    private final Path root;
    private final Map<String, String> cache = new HashMap<>();

    public SourceText(Path root) {
        this.root = root;
    }

    /** The file's text, or "" when it cannot be read (deleted since, binary, outside the root). */
    public String text(String relPath) {
        return cache.computeIfAbsent(relPath, p -> {
            try {
                Path f = root.resolve(p).normalize();
                if (!f.startsWith(root) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(f)) return "";
                String t = TextReader.decode(Files.readAllBytes(f)).text();
                return t == null ? "" : t;
            } catch (IOException | SecurityException e) {
                return "";
            }
        });
    }

    /** A 1-based line without its terminator, or "". */
    public String line(String relPath, int line) {
        String t = text(relPath);
        int start = 0;
        for (int i = 1; i < line; i++) {
            int nl = t.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = t.indexOf('\n', start);
        String s = end < 0 ? t.substring(start) : t.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
