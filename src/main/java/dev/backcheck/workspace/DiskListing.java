package dev.backcheck.workspace;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A listing of files on disk under the scan root that the scan did not parse (config files naming an entry point,
 * sources of a front-end, nginx configs): one walk that never follows a link, does not descend into the folders named
 * to skip, and reads each entry's attributes once. Concepts and rules that look beyond the parsed files ask this
 * instead of walking the tree themselves.
 */
public final class DiskListing {
    /**
     * The relative, '/'-separated paths found, in path order, and whether the listing is whole: false when an entry
     * could not be read or the count passed its bound (the paths found up to then stand).
     */
    public record Result(List<String> paths, boolean complete) { }

    private DiskListing() { }

    /**
     * Regular files under {@code root} at most {@code maxDepth} folders deep, of at most {@code maxBytes}, whose path
     * relative to the root {@code wanted} accepts; a folder whose name is in {@code skipDirs} is not entered (the root
     * itself always is). The walk ends once more than {@code maxFiles} paths were taken.
     */
    public static Result list(Path root, int maxDepth, Set<String> skipDirs, long maxBytes, int maxFiles, Predicate<String> wanted) {
        dev.backcheck.model.Reads.whole("disk listing"); // files beyond the walk: no stored answer is keyed by them
        if (root == null) return new Result(List.of(), false);
        Path base = root.toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        boolean[] whole = {true};
        String sep = base.getFileSystem().getSeparator();
        String prefix = base.toString().endsWith(sep) ? base.toString() : base + sep;
        try {
            Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(base) && d.getFileName() != null && skipDirs.contains(d.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (f.getFileName() == null || !attrs.isRegularFile() || attrs.size() > maxBytes) return FileVisitResult.CONTINUE;
                    // the walk's paths are the root's text and the names below it: the tail of the text is relativize's
                    // answer without its per-file name arrays (a third of a listing's time on a large tree)
                    String full = f.toString();
                    String rel = (full.startsWith(prefix) && full.length() > prefix.length() ? full.substring(prefix.length()) : base.relativize(f).toString())
                            .replace('\\', '/');
                    if (!wanted.test(rel)) return FileVisitResult.CONTINUE;
                    out.add(rel);
                    if (out.size() > maxFiles) {
                        whole[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    whole[0] = false;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) whole[0] = false;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            whole[0] = false;
        }
        Collections.sort(out);
        return new Result(List.copyOf(out), whole[0]);
    }

    /** The part of {@code rel} after its last '/'. */
    public static String name(String rel) {
        return rel.substring(rel.lastIndexOf('/') + 1);
    }
}
