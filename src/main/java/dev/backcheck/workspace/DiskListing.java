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

    /**
     * The parts of the tree the scan lists beyond its walk, each the region one asker walked on its own before (a depth
     * bound and the folder names not entered): {@link Shared} walks them together once per scan.
     */
    public enum Region {
        /** Config files that may name a file to run (ImportIndex): build output and dependencies left out. */
        CONFIGS(Integer.MAX_VALUE, Set.of("node_modules", ".git", "coverage", ".next", ".nuxt", ".cache", "dist", "build")),
        /** Source files on disk, built ones included (ServerCode's stem search). */
        SOURCES(Integer.MAX_VALUE, Set.of("node_modules", ".git", "coverage", ".next", ".nuxt", ".cache")),
        /** vercel.json files within five folders of the root (VercelFunctions). */
        VERCEL(5, Set.of("node_modules", ".git")),
        /** nginx and Caddy configs within four folders of the root (api/compression-missing). */
        PROXY_CONFIGS(4, Set.of("node_modules", ".git", "dist", "build", "coverage", ".next", ".cache", "vendor"));

        final int maxDepth;
        final Set<String> skipDirs;

        Region(int maxDepth, Set<String> skipDirs) {
            this.maxDepth = maxDepth;
            this.skipDirs = skipDirs;
        }
    }

    /**
     * One walk of the union of the {@link Region}s per scan (one per project), asked by every listing of a region: each
     * answer is the one {@link #list} gives for that region's depth and folders, in the same walk order before the bound
     * on the count, so the same paths and the same completeness. The walk records, for each regular file, its size and
     * the regions whose own walk would have reached it; a region's walk meets a subset of the union walk's entries in the
     * same order. When the union walk met any entry it could not read, the listings are walked one by one as before
     * (whether a region's own walk would have met that entry is not worked out).
     */
    public static final class Shared {
        private final Path root;
        private Walked walked;
        private boolean done;

        private record Walked(String[] paths, long[] sizes, int[] regions, int count) { }

        public Shared(Path root) {
            this.root = root;
        }

        /** As {@link DiskListing#list} for the region's depth and folders. */
        public Result list(Region region, long maxBytes, int maxFiles, Predicate<String> wanted) {
            dev.backcheck.model.Reads.whole("disk listing"); // files beyond the walk: no stored answer is keyed by them
            if (root == null) return new Result(List.of(), false);
            Walked w = walked();
            if (w == null) return DiskListing.list(root, region.maxDepth, region.skipDirs, maxBytes, maxFiles, wanted);
            int bit = 1 << region.ordinal();
            List<String> out = new ArrayList<>();
            boolean whole = true;
            for (int i = 0; i < w.count; i++) {
                if ((w.regions[i] & bit) == 0 || w.sizes[i] > maxBytes || !wanted.test(w.paths[i])) continue;
                out.add(w.paths[i]);
                if (out.size() > maxFiles) {
                    whole = false;
                    break;
                }
            }
            Collections.sort(out);
            return new Result(List.copyOf(out), whole);
        }

        private synchronized Walked walked() {
            if (!done) {
                done = true;
                walked = walk(root);
            }
            return walked;
        }

        /** The union walk, or null when an entry could not be read. */
        private static Walked walk(Path root) {
            Path base = root.toAbsolutePath().normalize();
            Region[] regions = Region.values();
            int all = (1 << regions.length) - 1;
            List<String> paths = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            List<Integer> masks = new ArrayList<>();
            boolean[] failed = {false};
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            String sep = base.getFileSystem().getSeparator();
            String prefix = base.toString().endsWith(sep) ? base.toString() : base + sep;
            try {
                Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        if (open.isEmpty()) {
                            open.push(all);
                            return FileVisitResult.CONTINUE;
                        }
                        // a region enters a folder at depth j when j is under its bound and the name is not one it skips
                        int depth = open.size();
                        String name = d.getFileName() == null ? null : d.getFileName().toString();
                        int parent = open.peek(), mask = 0;
                        for (Region r : regions) {
                            int bit = 1 << r.ordinal();
                            if ((parent & bit) != 0 && depth < r.maxDepth && (name == null || !r.skipDirs.contains(name))) mask |= bit;
                        }
                        if (mask == 0) return FileVisitResult.SKIP_SUBTREE;
                        open.push(mask);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        if (f.getFileName() == null || !attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                        // a file at depth k lies in every region that entered its folder (that folder's depth is under the bound)
                        String full = f.toString();
                        String rel = (full.startsWith(prefix) && full.length() > prefix.length() ? full.substring(prefix.length()) : base.relativize(f).toString())
                                .replace('\\', '/');
                        paths.add(rel);
                        sizes.add(attrs.size());
                        masks.add(open.isEmpty() ? all : open.peek());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        failed[0] = true;
                        return FileVisitResult.TERMINATE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) {
                        if (e != null) {
                            failed[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        open.pop();
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                return null;
            }
            if (failed[0]) return null;
            int n = paths.size();
            long[] s = new long[n];
            int[] m = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = sizes.get(i);
                m[i] = masks.get(i);
            }
            return new Walked(paths.toArray(new String[0]), s, m, n);
        }
    }

    /** The part of {@code rel} after its last '/'. */
    public static String name(String rel) {
        return rel.substring(rel.lastIndexOf('/') + 1);
    }
}
