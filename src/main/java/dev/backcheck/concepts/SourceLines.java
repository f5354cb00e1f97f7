package dev.backcheck.concepts;

import dev.backcheck.model.Project;
import dev.backcheck.workspace.TextReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** The lines of a scanned file, for concepts that judge a value by the words written around it. */
public final class SourceLines {
    private SourceLines() { }

    static {
        // its memo holds each source's text by path, and every ask of a text reads that file (Project.hasFile)
        Project.narrow(Memo.class);
    }

    /** The lines of {@code rel} (relative to the root), or none when it cannot be read or lies outside the root. */
    public static List<String> read(Project project, String rel) {
        String t = text(project, rel, Long.MAX_VALUE);
        if (t == null) return List.of();
        // the lines of the last text this thread split, by identity (the memo hands out one String per source): rules
        // that judge many places of one file ask for its lines once per place (data/query-in-loop per loop, the
        // unvalidated-input checks per read), and splitting a large file each time cost a tenth of a real app's scan
        Object[] last = LAST_LINES.get();
        if (last[0] == t) {
            @SuppressWarnings("unchecked") List<String> lines = (List<String>) last[1];
            return lines;
        }
        List<String> lines = t.lines().toList();
        last[0] = t;
        last[1] = lines;
        return lines;
    }

    private static final ThreadLocal<Object[]> LAST_LINES = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * Where each line of {@code src} starts (element k: the offset after its k-th newline; element 0 is 0), kept for the
     * last text this thread asked about, by identity. The array is shared: callers must not change it.
     */
    /**
     * The offset in {@code src} of 1-based {@code line} and {@code column}: the start of the line after its (line - 1)th
     * newline, as a walk from the start of the text finds it; -1 when the text has fewer lines or line is below 1.
     */
    public static int offset(String src, int line, int column) {
        if (line < 1) return -1;
        int[] starts = lineStarts(src);
        return line <= starts.length ? starts[line - 1] + column - 1 : -1;
    }

    /** The 1-based line of {@code offset} in {@code src} (offsets past the end count the lines of the whole text). */
    public static int lineOf(String src, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < src.length(); i++) if (src.charAt(i) == '\n') line++;
        return line;
    }

    public static int[] lineStarts(String src) {
        Object[] last = LAST_STARTS.get();
        if (last[0] == src) return (int[]) last[1];
        int n = 1;
        for (int i = 0; i < src.length(); i++) if (src.charAt(i) == '\n') n++;
        int[] starts = new int[n];
        for (int i = 0, k = 1; i < src.length(); i++) if (src.charAt(i) == '\n') starts[k++] = i + 1;
        last[0] = src;
        last[1] = starts;
        return starts;
    }

    private static final ThreadLocal<Object[]> LAST_STARTS = ThreadLocal.withInitial(() -> new Object[2]);

    /**
     * The decoded text of {@code rel} (relative to the root), or null when it cannot be read, is larger than
     * {@code maxBytes}, or is not a regular file inside the root (no symbolic link is followed out of it).
     * The project's parsed sources are read from disk once per project (several concepts search every one of them:
     * ErrorHandlers, ServerCode, TlsSettings); other files are read on each call.
     */
    public static String text(Project project, String rel, long maxBytes) {
        if (project.root() == null) return null;
        if (rel != null && project.hasFile(rel)) {
            Memo memo = project.derived(Memo.class, p -> new Memo());
            Object got = memo.texts.get(rel);
            if (got == null) {
                got = load(project, rel);
                Object raced = memo.texts.putIfAbsent(rel, got);
                if (raced != null) got = raced;
            }
            if (got == UNREADABLE) return null;
            if (got instanceof Read r) return r.bytes() > maxBytes ? null : r.text();
            // larger than the memo keeps: read as before
        } else if (rel == null || !project.texts().containsKey(rel)) {
            dev.backcheck.model.Reads.whole("disk read"); // a file outside the walked inputs (sources and texts)
        }
        return readNow(project, rel, maxBytes);
    }

    /**
     * A source the scan's parse workers read and decoded (the same decoding as {@link #decode}): its file, its text and
     * its size in bytes. See {@link #keep}.
     */
    public record Kept(Path file, String text, long bytes) { }

    /** What a parse worker keeps of a source it read for {@link #keep}, or null when the memo would not keep it (too large). */
    public static Kept kept(Path file, String text, long bytes) {
        return text == null || bytes > MEMO_MAX ? null : new Kept(file, text, bytes);
    }

    /**
     * Hands the project the texts its parse workers read, so the sources are not read from disk again: each parsed
     * file read at its own place under the root (not through a link: {@link #load} answers unreadable for a link, and
     * reads it again) becomes the memo's text, as {@link #load} would have read it.
     */
    public static void keep(Project project, java.util.Map<String, Kept> texts) {
        if (project.root() == null || texts.isEmpty()) return;
        Path root = project.root().toAbsolutePath().normalize();
        Memo memo = project.derived(Memo.class, p -> new Memo());
        String rootText = root.toString();
        String prefix = rootText.endsWith("/") ? rootText : rootText + "/";
        for (String rel : project.files().keySet()) {
            Kept k = texts.get(rel);
            if (k == null || k.bytes() > MEMO_MAX) continue;
            // the file the worker read is the root's path and then rel's plain names (the walk made it so): the same
            // answer as the comparison of normalized paths below, without building them for every file
            String read = k.file().toString();
            boolean same = read.length() == prefix.length() + rel.length() && read.startsWith(prefix) && read.endsWith(rel)
                    && k.file().isAbsolute() && dev.backcheck.workspace.Workspace.plainNames(rel);
            if (!same) {
                Path f = root.resolve(rel).normalize();
                if (!f.startsWith(root) || !f.equals(k.file().toAbsolutePath().normalize())) continue;
            }
            memo.texts.putIfAbsent(rel, new Read(k.text(), k.bytes()));
        }
    }

    /** The key of this concept's memo among a project's derived values (which {@link Project#computeEarly} may read). */
    public static Class<?> memoType() {
        return Memo.class;
    }

    /** One project's source texts, by path: a {@link Read}, {@link #UNREADABLE} or {@link #TOO_LARGE}. */
    private static final class Memo {
        final ConcurrentHashMap<String, Object> texts = new ConcurrentHashMap<>();
    }

    private record Read(String text, long bytes) { }

    private static final Object UNREADABLE = new Object(), TOO_LARGE = new Object();
    /** Files over this size are not kept (every caller that reads all sources bounds them at 2 MB or reads them anyway). */
    private static final long MEMO_MAX = 2_000_000;

    private static Object load(Project project, String rel) {
        try {
            Path f = checked(project, rel);
            if (f == null) return UNREADABLE;
            long size = Files.size(f);
            if (size > MEMO_MAX) return TOO_LARGE;
            byte[] b = Files.readAllBytes(f);
            String t = decode(b);
            return t == null ? UNREADABLE : new Read(t, size);
        } catch (IOException | RuntimeException e) {
            return UNREADABLE;
        }
    }

    private static String readNow(Project project, String rel, long maxBytes) {
        try {
            Path f = checked(project, rel);
            if (f == null || Files.size(f) > maxBytes) return null;
            return decode(Files.readAllBytes(f));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file inside the root, or null when it is not a regular file there (links out of the root are not followed). */
    private static Path checked(Project project, String rel) throws IOException {
        Path root = project.root().toAbsolutePath().normalize();
        Path f = root.resolve(rel).normalize();
        if (!f.startsWith(root) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) return null;
        if (!f.toRealPath().startsWith(root.toRealPath())) return null;
        return f;
    }

    /** {@link TextReader#decode}'s text; plain ASCII (most sources) decodes to the same string without the charset decoder. */
    private static String decode(byte[] b) {
        boolean ascii = true;
        for (byte x : b) {
            if (x <= 0) {
                ascii = false;
                break;
            }
        }
        return ascii ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) : TextReader.decode(b).text();
    }
}
